/**
 * Words that attribute speech or writing: "said", "told", "according to".
 * A quote whose sentence holds one of these is attributed to the subject of
 * that verb; reported speech ("Mr Dunn warned that…") makes its subject the
 * speaker of the quotes that follow. All lower-case word forms.
 */
export const CUE_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'added', 'adds', 'adding', 'asked', 'asks',
  'insisted', 'insists', 'insisting', 'warned', 'warns', 'warning', 'explained', 'explains', 'explaining',
  'admitted', 'admits', 'wrote', 'writes', 'writing', 'continued', 'continues', 'concedes', 'conceded', 'remembers',
  'remembered', 'recalled', 'recalls', 'replied', 'replies', 'urged', 'urges', 'described', 'describes',
  'describing', 'called', 'calls', 'calling', 'labelled', 'labeled', 'branded', 'criticised', 'criticized', 'condemned', 'praised',
  'defines', 'defined', 'claimed', 'argued', 'argues', 'arguing', 'noted', 'stressed',
  'stresses', 'announced', 'declared', 'declares', 'commented', 'joked', 'joking', 'suggested', 'suggests',
  'acknowledged', 'acknowledges', 'confirmed', 'confirms', 'denied', 'denies', 'predicted', 'predicts', 'promised',
  'pledged', 'vowed', 'boasted', 'complained', 'complains', 'observed', 'revealed', 'dubbed', 'accused', 'hailed',
  'welcomed', 'expressed', 'remarked', 'answered', 'responded', 'countered', 'cautioned', 'emphasised',
  'emphasized', 'maintained', 'maintains', 'contended', 'added:', 'quipped', 'lamented', 'mused', 'shouted',
  'whispered', 'tweeted', 'posted', 'reported',
  'agreed', 'agrees', 'spoke', 'speaks', 'objected', 'protested', 'testified', 'announcing', 'stated',
]);

/**
 * Cues that may come before their subject ("said Mr Hopkins", "added the
 * spokesman"). "told" is not one: "told BBC News" names a listener.
 */
export const INVERTIBLE_CUES: ReadonlySet<string> = new Set([
  'said', 'says', 'added', 'adds', 'asked', 'asks', 'insisted', 'insists', 'warned', 'warns', 'explained',
  'explains', 'wrote', 'writes', 'continued', 'continues', 'concedes', 'conceded', 'replied', 'replies', 'noted',
  'notes', 'argued', 'argues', 'recalled', 'recalls', 'admitted', 'admits', 'remarked', 'observed', 'stressed',
  'declared', 'commented', 'answered', 'responded', 'countered', 'cautioned', 'claimed', 'claims', 'stated',
  'agreed', 'agrees', 'remembers', 'predicted', 'predicts', 'suggested', 'suggests', 'acknowledged', 'confirmed',
]);

/** Cue verbs whose passive ("was praised by police") names the speaker after "by". */
export const PASSIVE_MARKERS: ReadonlySet<string> = new Set(['been', 'was', 'were', 'is', 'are', 'be', 'being']);

/**
 * Multi-word cues, as lower-case word sequences. The subject of "according
 * to" follows it; the others sit next to a subject like a verb.
 */
export const CUE_PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['in', 'a', 'statement'],
  ['issued', 'a', 'statement'],
  ['in', 'an', 'interview'],
  ['reported', 'as', 'saying'],
  ['quoted', 'as', 'saying'],
];

/** Words that may stand between a subject and its cue verb ("he also said", "Mr Kapor is reported as saying"). */
export const CUE_GAP_WORDS: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'has', 'have', 'had', 'was', 'is', 'previously', 'again', 'simply', 'once', 'further',
  'recently', 'earlier', 'just', 'yesterday', 'today', 'tonight', 'on', 'monday', 'tuesday', 'wednesday',
  'thursday', 'friday', 'saturday', 'sunday', 'last', 'week', 'night', 'this', 'morning', 'afternoon', 'evening',
  'reported', 'as', 'quoted', 'publicly', 'privately', 'repeatedly', 'would', 'will', 'did', 'does', 'not', 'never',
  'has', 'had', 'been', 'once', 'told', 'reporters',
]);
