export { FetchError, isFetchError, type FetchErrorCode } from './errors';
export { classifyAddress, isAllowedCategory, type AddressCategory } from './address';
export type { Resolver, ResolvedAddress } from './resolver';
export {
  safeFetch,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS,
  USER_AGENT,
  type SafeFetchOptions,
  type SafeFetchResponse,
} from './safe-fetch';
