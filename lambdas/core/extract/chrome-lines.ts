/**
 * Page chrome recognised by its text alone: paragraphs or lines such as
 * "Advertisement", "Credit: Getty", "Share this article", a lone date stamp,
 * "(Reporting by …)". Used on the paragraphs of an HTML page after
 * Readability and on the lines of pasted text. Each rule is written so a
 * story sentence that merely starts the same way ("More than 2,000…",
 * "By Tuesday morning, …") does not match.
 */

import { isSpace } from './text-stats';

/** Whole lines that are chrome wherever they appear (compared lower-cased, trailing punctuation trimmed). */
const CHROME_LINES = new Set(
  [
    'advertisement',
    'advert',
    'ad',
    'ads',
    'sponsored',
    'sponsored content',
    'story continues below advertisement',
    'continue reading below',
    'continue reading',
    'article continues below',
    'read more',
    'read more below',
    'more',
    'share',
    'share this',
    'share this article',
    'share this story',
    'share on facebook',
    'share on twitter',
    'tweet',
    'share tweet submit',
    'email',
    'print',
    'print this page',
    'comments',
    'comment',
    'leave a comment',
    'post comment',
    'show comments',
    'view comments',
    'subscribe',
    'sign in',
    'sign up',
    'log in',
    'login',
    'register',
    'home',
    'menu',
    'search',
    'close',
    'caption',
    'enlarge image',
    'enlarge this image',
    'toggle caption',
    'hide caption',
    'skip to content',
    'skip to main content',
    'skip to navigation',
    'accessibility links',
    'breaking news',
    'latest',
    'latest news',
    'popular',
    'most popular',
    'most read',
    'trending',
    'trending now',
    'related',
    'related news',
    'related articles',
    'related stories',
    'related content',
    'you may also like',
    'you might also like',
    'recommended',
    'recommended for you',
    "don't miss",
    'dont miss',
    'see more',
    'more stories',
    'more from',
    'top stories',
    'loading',
    'loading content',
    'back to top',
    'next article',
    'previous article',
    'next',
    'previous',
    'listen',
    'listen to this article',
    'play',
    'watch',
    'video',
    'media playback is unsupported on your device',
    'this slideshow requires javascript',
    'view author archive',
    'email the author',
    'follow on twitter',
    'highlights',
    'tags',
    'filed under',
    'about the author',
    'iklan',
    'tell us what you think',
    'xs',
    'sm',
    'md',
    'lg',
    'xl',
    'font size',
    'text size',
    'a a a',
    'aa',
    'copy link',
    'link copied',
    'whatsapp',
    'facebook',
    'twitter',
    'linkedin',
    'pinterest',
    'reddit',
    'flipboard',
    'messenger',
    'cookie settings',
    'accept cookies',
    'accept',
    'more great wired stories',
    'breaking news emails',
    'join the conversation',
    'recent articles',
    'recent posts',
    'popular this week',
    'popular now',
    'most viewed',
    'most shared',
    "editor's picks",
    "editors' picks",
    'more news',
    'more stories',
    'related posts',
    'similar articles',
    'share this post',
    'share this page',
    'print article',
    'email this article',
    'email this story',
    'print this article',
    'print this story',
    'save',
    'save article',
    'save for later',
    'bookmark',
    'listen to article',
    'download the app',
    'open in app',
    'see all',
    'view all',
    'show more',
    'load more',
    'more on this story',
    'related topics',
    'topics',
    'contact us',
    'terms of use',
    'privacy policy',
    'embed',
    'see comments',
    'follow',
    'font',
    'a+',
    'a-',
    'expand',
    'collapse',
  ].map((s) => s.toLowerCase()),
);

/** Line starts that mark chrome when the line is short (teasers, calls to action, credits). */
const CHROME_PREFIX =
  /^(?:related(?: articles?| stories| story| coverage| content| video| reading)?|read more(?: on [^:]+)?|read also|see also|see more|more|more on this(?: story)?|also(?: read| see| on [\w.]+)?|also at [\w ]+|watch(?: now)?|listen(?: now)?|download|itunes|don'?t miss|recommended|trending|top stories|sign up|subscribe|follow us|follow [\w ]+ on|join us|click here|tap here|get the [\w ]+ app|advertisement|sponsored|promoted|photo|photos|photograph|image|images|picture|pictures|pic|credit|credits|image credit|photo credit|source|video|gallery|illustration|graphic|media caption|image caption|image copyright|file photo|file|copyright|©|filed under|posted in|categories|category|tags|citation)(?:\s*(?::|\||»|>|\.\.\.|…)|\s+[-–—]\s)/i;

/** Calls to action and share prompts, anywhere in a short line. */
const CHROME_PHRASE =
  /\b(?:share (?:this|it) with|follow us on|follow (?:him|her|them) on twitter|sign up (?:for|to) (?:our|the)\b[^.]*\bnewsletter|subscribe to (?:our|the)\b[^.]*(?:newsletter|channel|youtube)|get (?:breaking news|the latest)\b[^.]*\b(?:inbox|alerts|app)|delivered (?:to your inbox|weekday mornings)|click here to (?:subscribe|get|download|read|sign)|by clicking here|this post may contain affiliate|may earn an? (?:affiliate )?commission|all rights reserved|copyright ©|©\s*\d{4}|this slideshow requires javascript|media playback is unsupported|make [\w ]+ my homepage|join our [\w ]+ forums?|loading content|like this story\?|we use cookies|cookie policy|accept (?:all )?cookies|enable javascript|subject to copyright|^subscribe to\b|^(?:follow|read|see|visit|watch|listen|download|get|more)\b[^.]{0,100}https?:\/\/)/i;

/** Photo credits: a short line naming an agency, often glued to a caption ("…treatmentCredit: EPA"). */
const CREDIT =
  /(?:(?:credit|photo|image|picture|foto|fotos|source)s?\s*(?::|\.\.\.|…)\s*[^.!?]{0,80}$|\((?:photo|image|picture|credit)s?:?[^)]{0,80}\)\s*$|(?<![\p{L}\p{N}])(?:getty images|getty|afp|ap photo|reuters|epa|shutterstock|istock(?:photo)?|associated press|ap)\s*(?:\/\s*[\w ]+)?\)?$)/iu;

/**
 * CREDIT without its look-behind: it matches wherever CREDIT does (an
 * assertion taken away only lets more through), and it is tested first.
 * The look-behind, a Unicode class tried at every position of the line, made
 * CREDIT a microsecond or more per paragraph, and the long listing pages
 * (hundreds of table cells and list items) spent milliseconds on it.
 */
const MAYBE_CREDIT = new RegExp(CREDIT.source.replace('(?<![\\p{L}\\p{N}])', ''), CREDIT.flags);

/** Month and weekday names (English, Portuguese, Spanish, French, German, Italian): date stamps come in the page's language. */
const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec' +
  '|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro' +
  '|enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre' +
  '|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre' +
  '|januar|februar|märz|juni|juli|oktober|dezember|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)\\.?';
const WEEKDAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun' +
  '|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|lunes|martes|miércoles|jueves|viernes' +
  '|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\.?';
/** Word boundaries that understand accented letters (\\b does not). */
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const DATE_WORDS = new RegExp(
  `${B}(?:${MONTH}|${WEEKDAY}|published|updated|posted|last|modified|on|at|am|pm|a\\.m\\.|p\\.m\\.|gmt|utc|[ecmp][sd]t|bst|cet|cest|ist|amt|today|yesterday|ago|day|days|hours?|minutes?|mins?|\\d+(?:st|nd|rd|th|a|º)?|de|del|às|à|um|le|el|di|h)${E}`,
  'giu',
);
const DATE_SIGNAL = new RegExp(
  `${B}${MONTH}(?=[\\s,]|$)|\\d{1,2}:\\d{2}|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4}|${B}(?:today|yesterday|ago)${E}`,
  'iu',
);

/** A line that is only a date/time stamp ("Updated 10:01 pm PST, Tuesday, November 19, 2019"). */
export function isDateLine(text: string): boolean {
  if (text.length > 90) return false;
  // A stamp always has a digit: without one, "June Smith" or "May Lee" would read as a date.
  if (!/\d/.test(text) || !DATE_SIGNAL.test(text)) return false;
  // A stamp says when: a year, a clock time, or a label. "Tuesday, 1 March" heading a fixture list is content.
  if (
    !/(?<!\d)(?:19|20)\d{2}(?!\d)|\d{1,2}:\d{2}|\b(?:published|updated|posted|modified|ago)\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/i.test(
      text,
    )
  )
    return false;
  const rest = text
    .replace(DATE_WORDS, ' ')
    .replace(/[\s\d:.,;|/\-–—()+]+/g, ' ')
    .trim();
  return rest.split(/\s+/).filter((w) => w.length > 1).length <= 1;
}

/**
 * Credit and contact lines at the foot of news stories: not the story's words.
 * "(Reporting by …; Editing by …)", "X contributed to this report",
 * "Write to X at x@example.com", a bare e-mail address or social handle.
 */
const CREDIT_LINE_START =
  /^(?:\(?(?:additional |with )?(?:reporting|writing|editing|compiled|research) by\b|(?:write to|e-?mail|contact|reach) (?:the (?:author|reporters?|writer)|[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,3}) (?:at|on|via)\b)/iu;
const CREDIT_LINE_WITHIN = /\bcontributed (?:reporting|to this (?:report|story|article))\b|\bmay be reached at\b/iu;

/**
 * A copyright line: "Copyright 2019 …", "(c) 2019", "© The Times", or "copyright ©" / "copyright (c)" within it.
 */
const COPYRIGHT_START = /^(?:copyright\b|\(c\)\s*\d{4}|[©ⓒ]\s*(?:\d{4}|[\p{Lu}]))/iu;
const COPYRIGHT_WITHIN = /\bcopyright\s*(?:[©ⓒ@]|\(c\))/iu;

/**
 * Words each of the `…_WITHIN` patterns needs, matched without Unicode case
 * folding: under /iu a letter matches its two ASCII cases and, for k and s
 * only, one more character (K, ſ); these words have neither letter, so they
 * are found by /i exactly where /iu would find them. The Unicode patterns
 * (each position of the line tried) run only on lines holding one, and the
 * patterns anchored at the start (one position) on every line.
 */
const CREDIT_LINE_WORDS = /contributed |may be reached at/i;
const COPYRIGHT_WORD = /copyright/i;

/** Whether `text` is a credit or contact line (CREDIT_LINE_START, or CREDIT_LINE_WITHIN anywhere in it). */
function isCreditLine(text: string): boolean {
  return CREDIT_LINE_START.test(text) || (CREDIT_LINE_WORDS.test(text) && CREDIT_LINE_WITHIN.test(text));
}

/** Whether `text` is a copyright line (COPYRIGHT_START, or COPYRIGHT_WITHIN anywhere in it). */
function isCopyrightLine(text: string): boolean {
  return COPYRIGHT_START.test(text) || (COPYRIGHT_WORD.test(text) && COPYRIGHT_WITHIN.test(text));
}

/** A line that is only an e-mail address, a social handle or a bare domain/profile path. */
const CONTACT_ONLY =
  /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|@\w{2,30}|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin)\.com\/[\w./-]+|(?:www\.)?[\w-]+\.(?:com|net|org|co\.uk|com\.br|de|fr|it|ru)\/?)$/i;

/**
 * Small print around a story: "Follow @Desk on Twitter…", "Via Syndicator.info",
 * "Posted on March 30, 2015 by Admin", view counters ("3.409 letture", "1,204 views").
 */
const SMALL_PRINT =
  /^(?:follow @\w+ on (?:twitter|facebook|instagram|x)\b|via [\w-]+(?:\.[\w-]+)+$|(?:posted|published|written|submitted) (?:on|by) |[\d.,]+\s*(?:views?|reads?|letture|visualizações|visualizaciones|aufrufe|vues|просмотр\w*)$)/i;

/** Reading-time badges in several languages. */
const READING_TIME =
  /^(?:reading time|read time|\d+\s*min(?:ute)?s?\s*read|tempo de leitura|tiempo de lectura|lesezeit|temps de lecture)\b/i;

/** "By Jane Roe", "By Jane Roe - 11/18/19 11:04 PM EST": a byline line, not a sentence starting with "By". */
function isBylineLine(t: string): boolean {
  if (!/^by\s+\p{Lu}/iu.test(t) || t.length > 100 || /[.!?]["”’]?$/.test(t)) return false;
  return t.split(/\s+/).length <= 10;
}

/** Normalised key of a line for the fixed list. */
function lineKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s*\(\d+\)$|\s+\d+$/, '') // "Comments (12)", "Share 4"
    .replace(/[\s.…:!|>»›→+()[\]]+$/g, '')
    .replace(/^[\s|•·▶►]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The longest entry of CHROME_LINES. */
const LONGEST_CHROME_LINE = Math.max(...[...CHROME_LINES].map((line) => line.length));

/** Characters lineKey may drop besides white space: digits, and the punctuation it trims at either end. */
const KEY_TRIMMABLE = new Set([...'.…:!|>»›→+()[]•·▶►0123456789'].map((c) => c.charCodeAt(0)));

/**
 * Whether `text`'s line key could be an entry of CHROME_LINES. Every other
 * character survives lineKey (lower-casing never shortens), so a text with
 * more of them than the longest entry has a longer key: its key, a string as
 * long as the paragraph built with four regular-expression passes, is not made.
 */
function mayBeListedLine(text: string): boolean {
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code) && !KEY_TRIMMABLE.has(code) && ++kept > LONGEST_CHROME_LINE) return false;
  }
  return true;
}

/** Whether a single line or paragraph is site chrome by its text alone. */
export function isChromeLine(text: string): boolean {
  const t = text.trim();
  if (!t) return true;
  if (mayBeListedLine(t) && CHROME_LINES.has(lineKey(t))) return true;
  if (/^https?:\/\/\S+$/.test(t)) return true;
  if (/^[_\-=*~•·.]{3,}$/.test(t)) return true;
  // Leaked code and markup: "/*", "{", "[button link=…]".
  if (/^[/*{}[\]();<>#=|]+$/.test(t) || /^\[\w+[^\]]*\].*\[\/\w+\]$/.test(t)) return true;
  if (t.length <= 200 && CHROME_PREFIX.test(t)) return true;
  if (t.length <= 300 && CHROME_PHRASE.test(t)) return true;
  if (t.length <= 200 && MAYBE_CREDIT.test(t) && CREDIT.test(t) && !/[.!?]["”’]?\s+[A-Z]/.test(t.replace(CREDIT, '')))
    return true;
  if (isDateLine(t)) return true;
  if (t.length <= 300 && isCreditLine(t)) return true;
  if (CONTACT_ONLY.test(t) || READING_TIME.test(t) || isBylineLine(t)) return true;
  if (t.length <= 200 && SMALL_PRINT.test(t)) return true;
  if (t.length <= 200 && isCopyrightLine(t)) return true;
  if (/^(?:image|media) (?:caption|copyright)\b/i.test(t)) return true;
  // Wire-photo captions: "In this Dec. 12, 2006, file photo, …", "FILE - In this photo taken …".
  if (
    t.length <= 400 &&
    /^(?:file\s*[-–—:]\s*)?in this [\w.,' ]{0,40}?(?:file )?(?:photo|image|picture|photograph|frame grab)(?:,| taken| provided| released| made| from| shot| dated)/i.test(
      t,
    )
  )
    return true;
  if (/^image \d+ of \/? ?\d+$/i.test(t) || /^\d+\s*of\s*\d+$/i.test(t)) return true;
  return false;
}
