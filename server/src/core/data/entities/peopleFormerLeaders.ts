/**
 * Former leaders news still names: the presidents and prime ministers of Italy and Romania since 1990 not in
 * people.ts, the heads of government of the United States, the United Kingdom, France, Germany and Spain of those
 * years, the heads of the EU, NATO and the UN, and the longest-ruling leaders of the Middle East and Latin America
 * of the 2000s. Names follow the Italian, Romanian and English Wikipedia article titles (Gheddafi in Italian,
 * Gaddafi in English and Romanian). A bare surname is listed only where it names one person in the news; not
 * Amato, Dini, Năstase, Orban, Schröder, Castro or Ban.
 */
import { person, type KnownEntity } from './knownEntity';

export const FORMER_LEADERS: readonly KnownEntity[] = [
  // Italy
  person('giorgio-napolitano', { all: ['Giorgio Napolitano', 'Napolitano'] }),
  person('carlo-azeglio-ciampi', { all: ['Carlo Azeglio Ciampi', 'Ciampi'] }),
  person('oscar-luigi-scalfaro', { all: ['Oscar Luigi Scalfaro', 'Scalfaro'] }),
  person('francesco-cossiga', { all: ['Francesco Cossiga', 'Cossiga'] }),
  person('giulio-andreotti', { all: ['Giulio Andreotti', 'Andreotti'] }),
  person('giuliano-amato', { all: ['Giuliano Amato'] }),
  person('lamberto-dini', { all: ['Lamberto Dini'] }),
  person('massimo-d-alema', { all: ["Massimo D'Alema", "D'Alema"] }),
  person('mario-monti', { all: ['Mario Monti', 'Monti'] }),

  // Romania
  person('emil-constantinescu', { all: ['Emil Constantinescu'] }),
  person('adrian-nastase', { all: ['Adrian Năstase'] }),
  person('calin-popescu-tariceanu', { all: ['Călin Popescu-Tăriceanu', 'Călin Popescu Tăriceanu', 'Tăriceanu'] }),
  person('emil-boc', { all: ['Emil Boc', 'Boc'] }),
  person('mihai-razvan-ungureanu', { all: ['Mihai Răzvan Ungureanu'] }),
  person('dacian-ciolos', { all: ['Dacian Cioloș', 'Cioloș'] }),
  person('mihai-tudose', { all: ['Mihai Tudose', 'Tudose'] }),
  person('viorica-dancila', { all: ['Viorica Dăncilă', 'Dăncilă'] }),
  person('ludovic-orban', { all: ['Ludovic Orban'] }),
  person('florin-citu', { all: ['Florin Cîțu', 'Cîțu'] }),
  person('theodor-stolojan', { all: ['Theodor Stolojan', 'Stolojan'] }),
  person('nicolae-vacaroiu', { all: ['Nicolae Văcăroiu', 'Văcăroiu'] }),
  person('victor-ciorbea', { all: ['Victor Ciorbea', 'Ciorbea'] }),
  person('mugur-isarescu', { all: ['Mugur Isărescu', 'Isărescu'] }),
  person('liviu-dragnea', { all: ['Liviu Dragnea', 'Dragnea'] }),

  // United States, United Kingdom, France, Germany, Spain
  person('george-h-w-bush', { all: ['George H. W. Bush', 'George H.W. Bush'] }),
  person('tony-blair', { all: ['Tony Blair', 'Blair'] }),
  person('gordon-brown', { all: ['Gordon Brown'] }),
  person('john-major', { all: ['John Major'] }),
  person('margaret-thatcher', { all: ['Margaret Thatcher', 'Thatcher'] }),
  person('jacques-chirac', { all: ['Jacques Chirac', 'Chirac'] }),
  person('francois-mitterrand', { all: ['François Mitterrand', 'Mitterrand'] }),
  person('helmut-kohl', { all: ['Helmut Kohl', 'Kohl'] }),
  person('gerhard-schroder', { all: ['Gerhard Schröder'] }),
  person('jose-luis-rodriguez-zapatero', { all: ['José Luis Rodríguez Zapatero', 'Zapatero'] }),
  person('mariano-rajoy', { all: ['Mariano Rajoy', 'Rajoy'] }),
  person('jose-maria-aznar', { all: ['José María Aznar', 'Aznar'] }),

  // EU, NATO, UN
  person('jose-manuel-barroso', { all: ['José Manuel Barroso', 'José Manuel Durão Barroso', 'Barroso'] }),
  person('jean-claude-juncker', { all: ['Jean-Claude Juncker', 'Juncker'] }),
  person('herman-van-rompuy', { all: ['Herman Van Rompuy', 'Van Rompuy'] }),
  person('javier-solana', { all: ['Javier Solana', 'Solana'] }),
  person('kofi-annan', { all: ['Kofi Annan', 'Annan'] }),
  person('ban-ki-moon', { all: ['Ban Ki-moon'] }),

  // Middle East and Latin America
  person('hosni-mubarak', { all: ['Hosni Mubarak', 'Mubarak'] }),
  person('muammar-gaddafi', { en: ['Muammar Gaddafi', 'Gaddafi'], it: ['Muammar Gheddafi', 'Gheddafi'], ro: ['Muammar Gaddafi', 'Gaddafi'] }),
  person('saddam-hussein', { all: ['Saddam Hussein'] }),
  person('hugo-chavez', { all: ['Hugo Chávez', 'Chávez', 'Chavez'] }),
  person('fidel-castro', { all: ['Fidel Castro'] }),
  person('raul-castro', { all: ['Raúl Castro', 'Raul Castro'] }),
];
