// A DOMParser for the editor's extraction tests: happy-dom with every resource load turned off,
// as a browser's DOMParser document is inert (it fetches no stylesheet, script or frame).
import { Window } from 'happy-dom';

/** A DOMParser whose documents load nothing, like a browser's. */
export function inertDomParser(): DOMParser {
  const window = new Window({
    // A page's address, so that happy-dom's link preloading resolves relative URLs without throwing.
    url: 'http://127.0.0.1/',
    settings: {
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  return new window.DOMParser() as unknown as DOMParser;
}
