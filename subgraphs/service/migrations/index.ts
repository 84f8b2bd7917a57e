import { CreateSupportCases1764806400000 } from './1764806400000-create-support-cases';

/** Every migration of the `service` schema, oldest first. */
export const serviceMigrations = [CreateSupportCases1764806400000];
