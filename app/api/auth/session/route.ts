import { apiRoute } from '@/lib/api/api-route';
import { sessionInfo } from '@/lib/auth/sign-in-request';

export const GET = apiRoute(async (request: Request) => sessionInfo(request));
