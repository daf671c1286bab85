// Entry for the event card: the card is plain server-rendered HTML, and this is all the script it runs.
import { reportHeight } from './report-height';

reportHeight();
