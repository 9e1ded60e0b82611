import { describe, expect, it } from 'vitest';
import { isChromeLine, isDateLine } from '../../../lambdas/core/extract/chrome-lines';

describe('Function: isChromeLine', () => {
  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Read more',
    'Read More »',
    'Share this article',
    'Share Tweet Submit',
    'Follow us on Twitter and Instagram',
    'Skip to main content',
    'Accessibility links',
    'XS',
    'Credit: Getty Images',
    'Credit...Doug Mills/The New York Times',
    'Photo: Damian Dovarganes, AP',
    'The plague wiped out half of Europe (Image: GETTY)',
    'A hunter ate a rabbitCredit: Getty - Contributor',
    'Image copyright Getty Images',
    'RELATED: Floods close valley line',
    'Related: Possible Water Plumes on Europa',
    'SEE MORE: Hong Kong protests',
    'Sign up for our daily newsletter to get the latest news.',
    'Get breaking news alerts and special reports, delivered to your inbox.',
    'Image 1 of 23',
    'https://www.example.com/news/story-123.html',
    '______________________________',
    'Updated 10:01 pm PST, Tuesday, November 19, 2019',
    'PUBLISHED: 10:48, Tue, Nov 19, 2019',
    'Published 1 day ago',
    'This slideshow requires JavaScript.',
    'We use cookies to improve your experience.',
    '(Reporting by Jane Roe; Editing by Sam Poe)',
    'Jane Roe contributed to this report.',
    'Write to Jane Roe at jane.roe@example.com',
    'jane.roe@example.com',
    'By Jane Roe - 11/18/19 11:04 PM EST',
    'Reading time: 4 minutes',
    'Copyright © 2019 Example Media. All rights reserved.',
    'Text and photos copyright (c) Harbour Press',
    'Ⓒ Harbour Press',
    'The reporter may be reached at desk@example.com.',
    'Filed under: Politics',
    'Follow our full coverage at https://example.com/elections',
    '/*',
    'RECENT ARTICLES',
    'Comments (12)',
    'Follow @ExampleDeals on Twitter to keep up with the latest deals.',
    'Via Syndicator.info',
    'Posted on March 30, 2015 by Admin',
    '3.409 letture',
    '1,204 views',
    'FILE PHOTO: Traders work on the floor of the exchange. REUTERS/Jane Roe',
    'In this Dec. 12, 2006, file photo, two astronauts work outside the station.',
    'FILE - In this photo taken on May 2, 2019, a crane lifts a beam.',
  ])('%j is chrome', (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    'More than 2,000 passengers a day used the line before the flood.',
    'By Tuesday morning, commuters said the service was running on time.',
    'Photographs taken by residents showed the rails hanging in mid-air.',
    'Related companies also cut their forecasts, the agency said.',
    '"Share the road," the minister told drivers on Monday.',
    'The agency said it had asked Getty Images for comment but received no reply by Tuesday.',
    'Snowden fled to Hong Kong, then to Russia, to avoid prosecution.',
    'Source code for the app was published on Monday.',
    'By the end of the year, the company had hired 300 engineers.',
    'Einrichtungsübergreifende Patientenakte (eEPA)',
    'In this town, the photo shop closed years ago and nobody replaced it.',
    'Files released on Monday showed the company knew of the fault.',
    'Posted guards stood at every gate, the ministry said.',
    'Via Appia, the old Roman road, was closed to traffic.',
    'Reporting from the border has become more dangerous, the group said.',
    'The copyright office said it would rule on the claim by June.',
  ])('%j is story', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });
});

describe('Function: isChromeLine, listed lines with long trimmings', () => {
  it('still reads a listed line behind a long count, trailing punctuation or padding as chrome', () => {
    expect(isChromeLine(`Comments (${'1'.repeat(80)})`)).toBe(true);
    expect(isChromeLine(`Advertisement${'.'.repeat(60)}`)).toBe(true);
    expect(isChromeLine(`${'•'.repeat(50)} Related stories ${'»'.repeat(50)}`)).toBe(true);
    expect(isChromeLine(`Share${'\u2003'.repeat(60)}this${'\u3000'.repeat(60)}article`)).toBe(true);
  });

  it('does not take a long line that starts like a listed one for chrome', () => {
    expect(
      isChromeLine(`Advertisement revenue at the paper fell by a third last year, its owners said on Monday.`),
    ).toBe(false);
  });
});

describe('Function: isDateLine', () => {
  it.each([
    'November 20, 2019 5:52 AM EST',
    'Nov. 20, 2019, 9:28 AM UTC',
    '18 NOV 2019',
    'Posted on March 30, 2015',
    'segunda-feira, 22 de janeiro de 2018 às 0:13',
    '14. März 2019, 08:15 Uhr',
  ])('%j is a date stamp', (line) => {
    expect(isDateLine(line)).toBe(true);
  });

  it.each([
    'On November 20, 2019 the council met to vote on the budget.',
    'Meal 2',
    'June Smith',
    'Mai Nguyen',
    'Tuesday, 1 March',
    'Published in the journal Nature on Monday',
  ])('%j is not', (line) => {
    expect(isDateLine(line)).toBe(false);
  });
});
