import { BUNDLED_ID } from '../dataset/bundled-id';
import { slugOf } from '../dataset/slug';

// Long enough to tell stories apart, short enough for catalog ids (`<dataset>/<entry>`).
const MAX_ID_LENGTH = 48;

/**
 * The id an imported dataset gets from its source's title: lower-case letters and digits
 * joined by hyphens, accents removed ("Huelga del agua en Lisboa" → `huelga-del-agua-en-lisboa`).
 * Importing a dataset with the id of one already imported replaces it, so a corrected file
 * takes the place of the one it corrects. Never the bundled dataset's id.
 */
export function datasetIdOf(title: string): string {
  const slug = slugOf(title, MAX_ID_LENGTH);
  if (slug === '') return 'dataset';
  return slug === BUNDLED_ID ? `${slug}-dataset` : slug;
}
