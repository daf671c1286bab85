// `npm run -s sign-in-link`: a fresh one-time editor sign-in link, for when the one printed at start is lost.
import { printSignInLink } from '../auth/sign-in-link';

printSignInLink(process.env.PORT ?? 3000);
