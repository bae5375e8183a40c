/**
 * Given names that mark a capitalised sequence as a person's name, for the origins whose names reach European
 * news in transliteration and which no maintained package lists in Latin script. Italian, Romanian and English
 * given names are not listed here: a maintained package covers them (@faker-js/faker, MIT: the it, ro and en
 * locale definitions, person.first_name). Spellings are the transliterations each language's press uses
 * (Sergei, Serghei, Sergej; Oleksandr; Mohammed, Mohamed), compiled by hand from that usage. Left out on purpose:
 * names that are also common capitalised words or places in Italian, Romanian or English (Alla, Roman, Marina,
 * Vera, Sofia, Lev, Said, Sultan, Emir, Abu).
 */

/** Russian, Ukrainian and Belarusian given names, in the English, Italian and Romanian transliterations. */
export const EAST_SLAVIC_GIVEN_NAMES: readonly string[] = [
  'Aleksandr', 'Alexander', 'Alexandr', 'Oleksandr', 'Aleksei', 'Aleksej', 'Alexei', 'Alexey', 'Oleksii', 'Oleksiy',
  'Anatoly', 'Anatolii', 'Anatoli', 'Andrei', 'Andrey', 'Andrej', 'Andrii', 'Andriy', 'Andrij', 'Anton', 'Arkady',
  'Artem', 'Artyom', 'Boris', 'Bogdan', 'Bohdan', 'Denis', 'Denys', 'Dmitry', 'Dmitri', 'Dmitrij', 'Dmytro', 'Evgeny',
  'Evgenij', 'Evgheni', 'Yevgeny', 'Yevhen', 'Fyodor', 'Fedor', 'Gennady', 'Gennadiy', 'Georgy', 'Georgiy', 'Gleb',
  'Grigory', 'Grigoriy', 'Hryhorii', 'Igor', 'Ihor', 'Ilya', 'Illia', 'Ivan', 'Kirill', 'Kyrylo', 'Konstantin',
  'Kostiantyn', 'Leonid', 'Maxim', 'Maksim', 'Maksym', 'Mikhail', 'Michail', 'Mihail', 'Mykhailo', 'Mykola', 'Nikolai',
  'Nikolay', 'Nikolaj', 'Oleg', 'Oleh', 'Pavel', 'Pavlo', 'Petro', 'Pyotr', 'Ruslan', 'Rustem', 'Sergei', 'Sergey',
  'Sergej', 'Serghei', 'Serhii', 'Serhiy', 'Stanislav', 'Stepan', 'Taras', 'Timur', 'Vadim', 'Vadym', 'Valery',
  'Valeri', 'Valerii', 'Valerij', 'Vasily', 'Vasili', 'Vasilij', 'Vasyl', 'Viktor', 'Vitali', 'Vitaly', 'Vitaliy',
  'Vitalii', 'Vitalij', 'Vladimir', 'Volodymyr', 'Volodimir', 'Vladislav', 'Vladyslav', 'Vyacheslav', 'Viaceslav',
  'Vjačeslav', 'Yaroslav', 'Iaroslav', 'Yuri', 'Yury', 'Yurii', 'Iuri', 'Jurij', 'Zakhar',
  'Anastasia', 'Anastasiia', 'Alina', 'Daria', 'Darya', 'Ekaterina', 'Yekaterina', 'Kateryna', 'Elena', 'Yelena',
  'Olena', 'Galina', 'Halyna', 'Inna', 'Irina', 'Iryna', 'Kristina', 'Ksenia', 'Larisa', 'Lyudmila', 'Liudmyla',
  'Natalia', 'Natalya', 'Nataliya', 'Nadezhda', 'Oksana', 'Olga', 'Olha', 'Polina', 'Svetlana', 'Sviatlana',
  'Tatiana', 'Tatyana', 'Tetiana', 'Valentina', 'Veronika', 'Viktoria', 'Viktoriia', 'Yulia', 'Yuliia', 'Julija',
  'Iulia', 'Yevgenia', 'Evghenia', 'Zoya',
];

/** Arabic, Persian and Turkish given names, in the transliterations of European news agencies. */
export const ARABIC_PERSIAN_TURKISH_GIVEN_NAMES: readonly string[] = [
  'Abdel', 'Abdul', 'Abdullah', 'Abdulaziz', 'Abdelaziz', 'Abdulrahman', 'Ahmad', 'Ahmed', 'Ahmet', 'Akram', 'Ali',
  'Amir', 'Anwar', 'Ayman', 'Bashar', 'Ebrahim', 'Ekrem', 'Emre', 'Fahd', 'Faisal', 'Farid', 'Hakan', 'Hamad', 'Hamid',
  'Hamza', 'Hani', 'Hassan', 'Hasan', 'Hossein', 'Hussein', 'Ibrahim', 'Ismail', 'Jamal', 'Jamil', 'Karim', 'Kemal',
  'Khaled', 'Khalid', 'Khalil', 'Mahmoud', 'Mahmud', 'Majid', 'Marwan', 'Masoud', 'Mehdi', 'Mehmet', 'Mohammad',
  'Mohammed', 'Mohamed', 'Muhammad', 'Murat', 'Mustafa', 'Mostafa', 'Nabil', 'Naim', 'Nasser', 'Omar', 'Osama',
  'Qasim', 'Rashid', 'Recep', 'Reza', 'Saad', 'Saeed', 'Salah', 'Saleh', 'Salim', 'Sami', 'Samir', 'Tamim', 'Tariq',
  'Walid', 'Yahya', 'Yasser', 'Yasir', 'Youssef', 'Yousef', 'Yusuf', 'Zayed', 'Ziad',
  'Aisha', 'Fatima', 'Fatma', 'Hala', 'Layla', 'Leila', 'Mariam', 'Maryam', 'Nour', 'Noor', 'Rania', 'Salma', 'Yasmin',
  'Zainab', 'Zeinab',
];

/**
 * Korean and Chinese family names, which come first ("Kim Jong Un", "Choe Son Hui", "Wang Yi"), in the
 * romanisations of Korean and Chinese state media and the European press. Not given names: a person name
 * opens with one of them. Left out: those that are common words in Italian, Romanian or English (Li, Ma, He,
 * Su, Du, Ye, Bo, Pan, Sun, Song, Moon, Oh, No, Hong, Tang, Yuan).
 */
export const EAST_ASIAN_FAMILY_NAMES: readonly string[] = [
  'Kim', 'Lee', 'Yi', 'Ri', 'Park', 'Pak', 'Choi', 'Choe', 'Jung', 'Jeong', 'Chung', 'Kang', 'Cho', 'Jo', 'Yoon',
  'Yun', 'Jang', 'Lim', 'Han', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Yoo', 'Ko', 'Ryu', 'Jeon', 'Nam', 'Seo',
  'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Zhu', 'Hu', 'Guo', 'Lin', 'Gao',
  'Luo', 'Zheng', 'Liang', 'Xie', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao', 'Tian', 'Dong', 'Jiang', 'Cai',
  'Cheng', 'Wei', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao', 'Xi', 'Qin', 'Lai', 'Tsai', 'Mao',
];

/** Given names of every origin listed here. */
export const GIVEN_NAMES: readonly string[] = [...EAST_SLAVIC_GIVEN_NAMES, ...ARABIC_PERSIAN_TURKISH_GIVEN_NAMES];
