import type { Timex } from '../extract/types';

/** One TimeML document as the TempEval-3 scorer sees it. */
export interface TimemlDocument {
  docId: string;
  /** Publication date, `YYYY-MM-DD`, from the DCT's CREATION_TIME TIMEX3. */
  dct: string;
  /** The TEXT element's content: inner tags removed, entities decoded, line ends normalised to LF. */
  text: string;
  /** The annotated TIMEX3s inside TEXT, in document order, with UTF-16 offsets into `text`. */
  gold: Timex[];
}

/** A TimeML file on disk, read. `name` is how reports and `--out` refer to it. */
export interface TimemlFile {
  name: string;
  path: string;
  doc: TimemlDocument;
}
