// The one API client the renderer uses; every page calls the registry through it.
import { createClient } from '../../../electron/contract/client';
import { pickTransport } from './transport';

export const api = createClient(pickTransport());
