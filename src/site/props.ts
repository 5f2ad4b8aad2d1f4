// Components' errors name the page line the Markdown pipeline gave their tag (`where`): a catalogue
// answer can change after the page was checked (in `astro dev`, when an example is edited).
import { CatalogueError } from '../catalogue/catalogue.ts';

export function sampleFrom<T>(where: string | undefined, answer: () => T): T {
  try {
    return answer();
  } catch (error) {
    if (error instanceof CatalogueError && where) throw new CatalogueError(`${where}: ${error.message}`, error.line);
    throw error;
  }
}
