import { describe, inject } from 'vitest';
import { storeContract } from './store-contract';

describe('Store (dynalite)', () => {
  storeContract(() => inject('dynamoEndpoint'));
});
