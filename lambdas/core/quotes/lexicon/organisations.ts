/**
 * Nouns that make a noun phrase an organisation or a group rather than a
 * person: "the company said", "Ugandan Media Council", "police said".
 * Lower-case; matched against any word of the phrase (usually the head, its
 * last word).
 */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set([
  'company', 'companies', 'firm', 'corporation', 'corp', 'inc', 'ltd', 'plc', 'llc', 'co', 'group', 'holdings',
  'council', 'commission', 'committee', 'ministry', 'department', 'office', 'agency', 'authority', 'board',
  'bureau', 'service', 'services', 'police', 'force', 'army', 'military', 'government', 'administration',
  'parliament', 'congress', 'senate', 'court', 'tribunal', 'union', 'federation', 'association', 'society',
  'foundation', 'institute', 'trust', 'charity', 'organisation', 'organization', 'campaign', 'campaigners',
  'coalition', 'alliance', 'party', 'league', 'club', 'team', 'band', 'studio', 'studios', 'network',
  'broadcaster', 'channel', 'newspaper', 'magazine', 'paper', 'bank', 'fund', 'university', 'college', 'school',
  'academy', 'hospital', 'label', 'publisher', 'retailer', 'regulator', 'watchdog', 'body', 'industry',
  'manufacturer', 'maker', 'developer', 'operator', 'airline', 'carrier', 'centre', 'center', 'lab', 'labs',
  'laboratory', 'embassy', 'kremlin', 'pentagon', 'festival', 'street', 'palace', 'house', 'organisers', 'organizers', 'ministers',
  'officials', 'spokesmen', 'researchers', 'scientists', 'analysts', 'critics', 'experts', 'group',
  'bbc', 'cnn', 'reuters', 'nasa', 'fbi', 'cia', 'nsa', 'who', 'un', 'eu', 'nato', 'opec', 'imf',
  'microsoft', 'google', 'apple', 'amazon', 'facebook', 'ibm', 'intel', 'sony', 'nintendo',
  // Events and competitions, never a person after a nationality ("Australian Open", "Davis Cup").
  'open', 'cup', 'championship', 'championships', 'games', 'olympics', 'trophy', 'prix', 'masters', 'airways', 'airlines',
]);

/** Bare plural or collective subjects that speak as a group ("police said", "officials said"). */
export const GROUP_SUBJECTS: ReadonlySet<string> = new Set([
  'police', 'officials', 'authorities', 'organisers', 'organizers', 'campaigners', 'critics', 'analysts',
  'experts', 'researchers', 'scientists', 'prosecutors', 'investigators', 'witnesses', 'residents', 'sources',
  'protesters', 'activists', 'doctors', 'lawyers', 'judges', 'ministers', 'diplomats', 'observers',
]);
