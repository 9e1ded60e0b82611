/**
 * The sample article `npm start` stores, so a newcomer has something to ask
 * about. Written for NewsBot (fictional town, people and events).
 */
export const SAMPLE_ARTICLE_URL = 'https://news.example.org/2026/11/harbourton-bridge-reopens';

export const SAMPLE_ARTICLE_TEXT = `Harbourton Reopens Its Old Swing Bridge After Two-Year Repair

HARBOURTON — The swing bridge over the River Calder reopened to traffic on Thursday, two years after engineers closed it when a routine inspection found corrosion in the turning mechanism.

Mayor Elena Varga cut the ribbon in front of a crowd of several hundred residents, many of whom had spent the closure driving a 14-kilometre detour through the industrial estate. "This bridge is how our town breathes," Varga said. "For two years we have been holding our breath."

The repair cost 18.4 million euros, about 3 million more than first estimated. The council's chief engineer, Tomasz Lindqvist, said the extra money went on replacing the original 1912 gear ring, which could not be repaired safely.

"We opened it up and found the teeth worn to half their thickness," Lindqvist told reporters. "Nobody alive had seen that gear out of its housing."

Local businesses welcomed the reopening. The Harbourton Chamber of Commerce said footfall in the old town had fallen by a fifth during the closure.

"Every morning I counted the cars that did not come," said Marta Okafor, who runs a bakery beside the western ramp. She said she had kept her two assistants on by baking for a supermarket chain.

Not everyone is satisfied. Opposition councillor David Mensah called the overrun "a lesson in what happens when maintenance is put off for thirty years" and asked for an independent audit of the project.

The mayor said the audit would go ahead. "We have nothing to hide," she said, adding that the final accounts would be published in January.

The bridge will swing open for river traffic twice a day, at 10:00 and 16:00, starting next week.`;
