import { apiRoute } from '@/lib/api/api-route';
import { signOut } from '@/lib/auth/sign-in-request';

export const POST = apiRoute(signOut);
