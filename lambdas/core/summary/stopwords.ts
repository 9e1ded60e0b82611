/**
 * English function words: they carry no topic, so they take no part in
 * centrality, title overlap or redundancy. Reporting verbs ("said", "says")
 * are here too: nearly every news sentence has one, so they say nothing
 * about what a sentence is about.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren as at be because been before being below between
both but by can cannot could couldn did didn do does doesn doing don down during each even ever every few for from
further had hadn has hasn have haven having he her here hers herself him himself his how however i if in into is isn it
its itself just least less let like ll made make many may me might more most much must mustn my myself new no nor not
now of off on once one only or other ought our ours ourselves out over own per re s same say said says shall shan she
should shouldn since so some still such t than that the their theirs them themselves then there these they this those
though through to too told under until up upon us ve very was wasn we were weren what when where whether which while
who whom whose why will with within without won would wouldn yet you your yours yourself yourselves year years
mr mrs ms dr according added adding going get got told week`
    .split(/\s+/)
    .filter(Boolean),
);
