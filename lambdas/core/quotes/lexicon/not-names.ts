/**
 * Capitalised words that are not people: sentence openers, months, days and
 * a few places that often stand as subjects ("Washington said", "Russia
 * insisted"); places speak as organisations.
 */
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter',
]);

/** Function words and common openers that are capitalised only because they start a sentence. */
export const COMMON_CAPITALISED: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'as', 'if', 'when', 'while', 'however',
  'meanwhile', 'his', 'her', 'their', 'its', 'our', 'there', 'this', 'that', 'these', 'those', 'some', 'many',
  'most', 'after', 'before', 'since', 'for', 'with', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'also', 'already',
  'currently', 'now', 'then', 'still', 'even', 'other', 'another', 'all', 'both', 'each', 'every', 'no', 'not',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'first', 'second', 'third', 'what', 'who', 'which', 'where', 'why', 'how', 'last', 'next', 'earlier', 'later',
  'speaking', 'asked', 'according', 'despite', 'although', 'though', 'because', 'by', 'from', 'of', 'to', 'about',
  'over', 'under', 'during', 'until', 'without', 'within', 'among', 'between', 'instead', 'indeed', 'often',
  'only', 'just', 'such', 'more', 'less', 'much', 'few', 'several', 'new', 'old', 'top', 'best', 'former', 'fewer',
  'like', 'unlike', 'once', 'here', 'having', 'being', 'aimed', 'celebrating', 'incidents', 'banks', 'officials',
  'well', 'yes', 'shares', 'prices', 'sales', 'profits', 'thank', 'please', 'perhaps', 'maybe', 'certainly', 'basically', 'unfortunately', 'whilst',
]);

/** Places that speak for their governments or stand in sentences like names. */
export const PLACES: ReadonlySet<string> = new Set([
  'us', 'u.s', 'usa', 'america', 'uk', 'u.k', 'britain', 'england', 'scotland', 'wales', 'ireland', 'france',
  'germany', 'italy', 'spain', 'russia', 'china', 'japan', 'india', 'iran', 'iraq', 'israel', 'syria',
  'afghanistan', 'pakistan', 'ukraine', 'europe', 'africa', 'asia', 'canada', 'australia', 'brazil', 'mexico',
  'korea', 'egypt', 'turkey', 'uganda', 'thailand', 'washington', 'london', 'moscow', 'paris', 'berlin',
  'beijing', 'tokyo', 'brussels', 'geneva', 'hollywood', 'jamaica', 'nigeria', 'kenya', 'greece', 'poland',
  'sweden', 'norway', 'denmark', 'netherlands', 'belgium', 'switzerland', 'austria', 'portugal', 'kremlin',
  'downing', 'whitehall', 'westminster', 'munich', 'bangkok', 'gateshead', 'newcastle', 'atlanta', 'la',
]);
