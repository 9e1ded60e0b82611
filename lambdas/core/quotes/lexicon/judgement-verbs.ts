import { pastForm, type VerbLemma } from './verb-forms';

/**
 * Verbs of public judgement and sanction, as lemmas: to criticise, praise, accuse, fine or ban someone.
 * In the passive ("Five has been criticised for …", "was fined for …") their subject is the one judged,
 * and the words quoted as the reason are the judges' (critics, a tribunal), not the subject's.
 */
const JUDGEMENT_VERBS: readonly VerbLemma[] = [
  { base: 'accuse' },
  { base: 'applaud' },
  { base: 'attack' },
  { base: 'ban', doubles: true },
  { base: 'blame' },
  { base: 'blast' },
  { base: 'censure' },
  { base: 'charge' },
  { base: 'commend' },
  { base: 'condemn' },
  { base: 'criticise' },
  { base: 'criticize' },
  { base: 'deride' },
  { base: 'discipline' },
  { base: 'fault' },
  { base: 'fine' },
  { base: 'hail' },
  { base: 'laud' },
  { base: 'mock' },
  { base: 'pan', doubles: true },
  { base: 'praise' },
  { base: 'punish' },
  { base: 'rebuke' },
  { base: 'reprimand' },
  { base: 'ridicule' },
  { base: 'sack' },
  { base: 'slam', doubles: true },
  { base: 'suspend' },
];

/** The past participles: "criticised", "fined", "banned". */
export const JUDGEMENT_PARTICIPLES: ReadonlySet<string> = new Set(JUDGEMENT_VERBS.map(pastForm));
