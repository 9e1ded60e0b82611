/**
 * Hand-written story pairs for near-duplicate detection. "same" pairs report
 * one event in different words (as two outlets would); "different" pairs share
 * a topic (and many words) but report different events.
 */
export interface PairStory {
  title: string;
  lead: string;
}

export const SAME_EVENT: Array<[name: string, a: PairStory, b: PairStory]> = [
  [
    'an earthquake off Japan',
    {
      title: 'Magnitude 7.1 earthquake strikes off northern Japan, tsunami warning issued',
      lead: 'A magnitude 7.1 earthquake struck off the coast of Miyagi prefecture on Tuesday morning, prompting a tsunami warning for the Pacific coast.',
    },
    {
      title: 'Strong quake hits north-east Japan coast as authorities warn of tsunami',
      lead: 'A powerful earthquake with a magnitude of 7.1 shook north-eastern Japan near Miyagi on Tuesday, and officials issued a tsunami warning.',
    },
  ],
  [
    'a rate rise',
    {
      title: 'European Central Bank raises interest rates to 4.5% to fight inflation',
      lead: 'The ECB lifted its main refinancing rate by a quarter point to 4.5% on Thursday, its tenth increase in a row, saying inflation remains too high.',
    },
    {
      title: 'ECB lifts key rate by quarter point to 4.5 percent',
      lead: 'Frankfurt policymakers increased borrowing costs for the tenth consecutive time on Thursday, taking the ECB main rate to 4.5%, as inflation stays too high.',
    },
  ],
  [
    'a phone launch',
    {
      title: 'Apple unveils thinner iPhone 18 at its September event in Cupertino',
      lead: 'Apple on Tuesday showed the iPhone 18, its thinnest phone yet, with a new camera and a price starting at $899.',
    },
    {
      title: "iPhone 18 revealed: Apple's new phone is its thinnest yet",
      lead: 'At its Cupertino event, Apple introduced the iPhone 18 with a redesigned camera; prices start at $899.',
    },
  ],
  [
    'a ferry strike',
    {
      title: 'Ferry workers strike halts crossings to the islands',
      lead: 'All ferry crossings between the mainland and the Orkney islands were cancelled on Monday as crews walked out over pay.',
    },
    {
      title: 'Orkney ferries cancelled as crews walk out over pay',
      lead: 'Ferry crews went on strike on Monday in a dispute over pay, cancelling every crossing to the Orkney islands.',
    },
  ],
  [
    'a transfer',
    {
      title: 'Bayern Munich sign striker Jonas Okafor from Ajax for €60m',
      lead: 'Bayern Munich have completed the signing of Nigerian striker Jonas Okafor from Ajax in a deal worth €60m, the club said on Friday.',
    },
    {
      title: 'Okafor completes €60m move from Ajax to Bayern',
      lead: 'Ajax striker Jonas Okafor has joined Bayern Munich for a fee of €60m, both clubs confirmed on Friday.',
    },
  ],
  [
    'a resignation (no numbers to go by)',
    {
      title: 'Health minister resigns over hospital waiting lists',
      lead: 'Health minister Clara Jensen resigned on Friday after weeks of criticism over record hospital waiting lists.',
    },
    {
      title: 'Clara Jensen quits as health minister',
      lead: 'Clara Jensen stepped down as health minister on Friday, saying she took responsibility for the waiting lists at hospitals.',
    },
  ],
  [
    'a by-election',
    {
      title: 'Labour wins Glasgow by-election',
      lead: 'Labour candidate Ruth Baird won the Glasgow East by-election on Thursday night with a majority of 4,200.',
    },
    {
      title: 'Ruth Baird takes Glasgow East for Labour',
      lead: 'Ruth Baird won Glasgow East for Labour with a 4,200 majority in Thursday’s by-election.',
    },
  ],
];

export const DIFFERENT_EVENTS: Array<[name: string, a: PairStory, b: PairStory]> = [
  [
    'two earthquakes',
    SAME_EVENT[0]![1],
    {
      title: 'Magnitude 6.2 earthquake shakes central Italy near Perugia',
      lead: 'A magnitude 6.2 earthquake struck central Italy early on Sunday, damaging old buildings in villages near Perugia; no tsunami risk was reported.',
    },
  ],
  [
    'two central banks',
    SAME_EVENT[1]![1],
    {
      title: 'Bank of England cuts interest rates to 3.75% as inflation eases',
      lead: 'The Bank of England lowered its base rate by a quarter point to 3.75% on Thursday, saying inflation had fallen faster than expected.',
    },
  ],
  [
    'two Apple launches',
    SAME_EVENT[2]![1],
    {
      title: 'Apple unveils new MacBook Pro with M6 chip',
      lead: 'Apple on Monday introduced MacBook Pro laptops powered by its M6 chip, with longer battery life and a brighter display.',
    },
  ],
  [
    'two strikes',
    SAME_EVENT[3]![1],
    {
      title: 'Rail workers strike over pay closes London Underground',
      lead: 'Tube drivers walked out on Wednesday in a dispute over pay, closing most of the London Underground network.',
    },
  ],
  [
    'two transfers from Ajax',
    SAME_EVENT[4]![1],
    {
      title: 'Ajax sell midfielder Lucas Brandt to Arsenal for €45m',
      lead: 'Arsenal have signed Dutch midfielder Lucas Brandt from Ajax for €45m, the clubs announced on Friday.',
    },
  ],
  [
    'two resignations on one day (no numbers to go by)',
    SAME_EVENT[5]![1],
    {
      title: 'Transport minister resigns over rail delays',
      lead: 'Transport minister Olav Berg resigned on Friday after months of criticism over delays on the rail network.',
    },
  ],
  [
    'two storm stories from one evening',
    {
      title: 'Storm closes the pier and the beach',
      lead: 'High winds closed the pier on Monday evening and the beach was shut as waves topped the sea wall.',
    },
    {
      title: 'Storm damages church roof in the old town',
      lead: 'High winds tore tiles from the roof of St Mary’s church on Monday evening, and the old town square was closed.',
    },
  ],
];
