import type { EditorService } from '../lib/editor/editor-service';
import { EditorPage } from './EditorPage';
import { useEditor } from './use-editor';
import { useTranslate } from './use-translate';

/** The story editor, from the service and address its entrypoint passes in. */
export function EditorApp(props: {
  service: EditorService;
  search: string;
  formatDate(ms: number): string;
  download(filename: string, text: string): void;
}) {
  const t = useTranslate();
  const editor = useEditor(props.service, props.search);
  if (!editor.open) return <p class="editor-loading">{t('editorLoading')}</p>;
  return <EditorPage editor={editor} {...props} />;
}
