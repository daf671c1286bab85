import { apiRoute } from '@/lib/api/api-route';
import { signIn } from '@/lib/auth/sign-in-request';

export const POST = apiRoute(signIn);
