# writer europe, part 03. Each item written by hand.
ITEMS = [
(0, "summarization", "pl", "before", "prose", "EU-pl-p01", """Streść mi ten artykuł w trzech zdaniach, wrzucę na grupę firmową:

Od 10 grudnia wchodzi w życie nowy rozkład jazdy PKP Intercity. Przewoźnik zapowiada uruchomienie 42 nowych połączeń, w tym bezpośrednich pociągów z Warszawy do Zakopanego przez Kraków kursujących przez cały rok, a nie tylko w sezonie. Nowością są też nocne pociągi do Pragi i Wiednia z wagonami sypialnymi. Jednocześnie od stycznia ceny biletów w kategorii Express InterCity Premium wzrosną średnio o 8 procent. Spółka tłumaczy podwyżkę rosnącymi kosztami energii trakcyjnej oraz dostępu do infrastruktury. Pasażerowie korzystający z ulgi studenckiej i seniorzy nie odczują zmian, ponieważ wysokość ustawowych zniżek pozostaje bez zmian. Na trasie Warszawa–Gdańsk ze względu na prace modernizacyjne czas przejazdu do marca może się wydłużyć nawet o 25 minut."""),
(1, "open_qa", "pl", "none", "none", "EU-pl-p01", """w skrócie: czemu bilety PKP Intercity są często droższe niż Flixbus na tej samej trasie, skoro pociąg jest dotowany?"""),
(0, "classification", "pl", "after", "reviews", None, """1. "Paczka doszła następnego dnia, wszystko zgodne z opisem, polecam!"
2. "Sprzedawca nie odpisuje od tygodnia, towar nie dotarł."
3. "Ok, bez rewelacji."
4. "Buty ładne ale rozmiar zaniżony, musiałam odsyłać. Zwrot pieniędzy szybki."
5. "Totalna porażka, kabel przestał działać po dwóch dniach."

oceń każdą opinię z Allegro: pozytywna, negatywna, neutralna albo mieszana"""),
(1, "creative_writing", "pl", "none", "none", None, """napisz krótki wierszyk na Dzień Babci, dla 6-latka żeby mógł go powiedzieć z pamięci"""),
(1, "general_qa", "pl", "none", "none", None, """Jedziemy na weekend do Krakowa z dwójką dzieci (5 i 9 lat) w listopadzie. Co warto zobaczyć, żeby dzieci się nie nudziły, i gdzie zjeść coś normalnego, nie pod turystów?"""),
(0, "classification", "pl", "before", "email", None, """To jest scam czy prawdziwa wiadomość? Odpowiedz jednym słowem.

"InPost: Twoja przesyłka została wstrzymana z powodu niedopłaty 1,49 zł. Aby odebrać paczkę z Paczkomatu, uiść opłatę w ciągu 24h: inpost-dopłata-pl.com/pay" """),
(1, "open_qa", "pl", "none", "none", None, """czym się różni umowa zlecenie od umowy o dzieło? chodzi mi o zus i podatek"""),
(0, "summarization", "pl", "after", "chat", "EU-pl-p02", """[Rodzinka 🎄]
Mama: Kochani, Wigilia jak co roku u nas, 24 o 17:00
Ciocia Basia: Ja przywiozę uszka i barszcz
Tomek: mamo ale my w tym roku jedziemy do teściów na 24, możemy być 25 na obiedzie
Mama: No trudno... a Kasia?
Kasia: będę, ale dopiero ok. 18, mam dyżur w szpitalu do 16
Tata: to czekamy z opłatkiem do 18
Ciocia Basia: a kto robi karpia? w zeszłym roku był przesolony 😅
Mama: Basiu...
Kasia: ja mogę zrobić pierogi z kapustą i grzybami, zrobię dzień wcześniej
Tata: karpia robię ja i koniec dyskusji
Mama: Prezenty do 100 zł na osobę, losujemy jak zwykle, Tomek zrób losowanie w aplikacji
Tomek: ok zrobię dziś wieczorem

streść mi co ustalili, nie chce mi się czytać całości"""),
(1, "general_qa", "pl", "after", "chat", "EU-pl-p02", """[Rodzinka 🎄]
Mama: Kochani, Wigilia jak co roku u nas, 24 o 17:00
Ciocia Basia: Ja przywiozę uszka i barszcz
Tomek: mamo ale my w tym roku jedziemy do teściów na 24, możemy być 25 na obiedzie
Mama: No trudno... a Kasia?
Kasia: będę, ale dopiero ok. 18, mam dyżur w szpitalu do 16
Tata: karpia robię ja i koniec dyskusji

Jestem Kasia. Rodzice mają po 70 lat i widzę, że organizowanie Wigilii ich już męczy, mama potem leży dwa dni. Chciałabym zaproponować, żeby od przyszłego roku była u mnie, ale mama na pewno się obrazi. Jak to delikatnie zaproponować? I co napisać teraz na grupie?"""),
(0, "classification", "pl", "before", "list", None, """które z tych to województwa? Kraków, podlaskie, lubuskie, Gdańsk, opolskie, Radom"""),
(1, "creative_writing", "pl", "none", "none", None, """Potrzebuję toastu na wesele mojej młodszej siostry Oli. Jej mąż to Marek, poznali się na Erasmusie w Lizbonie, on jest strasznie spokojny a ona wulkan energii. Ma być krótko, zabawnie i trochę wzruszająco, bez sucharów o teściowej."""),
(0, "summarization", "pl", "before", "transcript", None, """Zrób z tego notatkę ze spotkania: decyzje, action itemy z osobą i terminem, otwarte tematy. Krótko i konkretnie.

Transkrypcja – planning sprintu, zespół Mobile, poniedziałek

Ania (PM): Dobra, zaczynamy, jest nas pięcioro, Bartek jest na L4. Cel na ten sprint: wypuścić nową wersję aplikacji z płatnościami BLIK i poprawić crashe na Androidzie, które mamy od ostatniego release'u.
Ania: Zacznijmy od crashy. Kuba, co wiemy?
Kuba (Android): Z Crashlytics wychodzi, że 80% crashy to jeden problem: NullPointer przy powrocie z tła na ekran koszyka, na Androidzie 13 i 14. Wiem mniej więcej gdzie, to jest kwestia cyklu życia fragmentu. Fix zajmie mi dzień, dwa, ale chciałbym dopisać testy, bo to już trzeci raz wraca.
Ania: Ok, to priorytet numer jeden. Kuba, fix plus testy do środy?
Kuba: Do środy dam radę.
Ania: BLIK. Ewa?
Ewa (iOS): Integracja z bramką płatności działa na stagingu. Problem jest taki, że dokumentacja operatora jest po polsku i po angielsku, i te wersje się różnią. W angielskiej timeout na potwierdzenie w aplikacji bankowej to 60 sekund, w polskiej 120. Napisałam do nich maila w piątek, nikt nie odpisał.
Ania: Zadzwonię do naszego opiekuna po spotkaniu. Jeśli nie odpowiedzą do środy, przyjmujemy 60 sekund, bezpieczniej.
Michał (backend): Ja od strony backendu mam gotowe endpointy, ale brakuje mi jeszcze obsługi zwrotów. Legal mówi, że bez zwrotów nie możemy wypuścić BLIK-a na produkcję.
Ania: Ile to roboty?
Michał: Trzy, cztery dni. Ale potrzebuję od Ewy i Kuby informacji, jak aplikacja ma pokazywać status zwrotu.
Ewa: Mamy ekran historii zamówień, możemy dodać tam status.
Zosia (design): Mam mockup statusu zwrotu od tygodnia w Figmie, nikt nie skomentował.
Ania: Przepraszam, moja wina. Wszyscy rzućcie okiem na mockup Zosi do jutra do 12, potem zamykamy design.
Kuba: A co z tymi zgłoszeniami od supportu, że po aktualizacji znikają ulubione produkty?
Ania: Michał, to po stronie backendu?
Michał: Możliwe, zmienialiśmy migrację tabeli ulubionych. Sprawdzę dziś i dam znać na Slacku do końca dnia.
Zosia: Jeśli to potrzebne, mogę przygotować komunikat w aplikacji z przeprosinami dla użytkowników.
Ania: Poczekajmy na diagnozę Michała, potem zdecydujemy.
Michał: Jeszcze jedno: CI na iOS trwa 40 minut, bo buildujemy wszystkie targety. Można by to rozbić.
Ania: Zgoda, ale nie w tym sprincie. Wrzućmy to na retro.
Ania: Podsumowując termin: release planujemy na piątek za dwa tygodnie, pod warunkiem że zwroty będą gotowe. Jeśli nie, wypuszczamy same poprawki crashy w przyszły piątek, a BLIK w kolejnym releasie.
Kuba: A kto robi release notes?
Ania: Ja. Dobra, to wszystko, dzięki."""),
(1, "open_qa", "pl", "after", "code", None, """public String pobierzMiasto(Klient k) {
    return k.getAdres().getMiasto().toUpperCase();
}

dostaję NullPointerException w tej linijce ale tylko dla niektórych klientów. dlaczego? jak to porządnie obsłużyć w javie, Optional ma sens?"""),
(0, "classification", "pl", "inline", "chat", None, """[SYSTEM] Jesteś asystentem kierującym zgłoszenia klientów operatora komórkowego. Kategorie: FAKTURY, AWARIA, UMOWA, ROAMING, INNE. Odpowiadasz tylko nazwą kategorii, wielkimi literami.
[KLIENT] dzień dobry, jestem w Chorwacji od wczoraj i nie działa mi internet w telefonie, dzwonić mogę
[ASYSTENT]"""),
(1, "general_qa", "pl", "none", "none", None, """jak się przygotować do matury z matmy podstawowej w 2 miesiące jak się nic nie umie? serio nic"""),
(0, "summarization", "pl", "none", "none", "EU-pl-p03", """streszczenie Lalki Prusa, krótko"""),
(1, "open_qa", "pl", "none", "none", "EU-pl-p03", """dlaczego mówi się że Wokulski z Lalki jest jednocześnie romantykiem i pozytywistą? nie rozumiem tego"""),
(0, "classification", "pl", "after", "prose", None, """"Rada Polityki Pieniężnej pozostawiła stopy procentowe bez zmian. Stopa referencyjna wynosi nadal 5,75 proc. Ekonomiści nie spodziewają się obniżek przed końcem roku."

Do jakiego działu pasuje: polityka, gospodarka, sport, kultura czy nauka? Jedno słowo."""),
(1, "creative_writing", "pl", "none", "none", None, """wymyśl 10 nazw dla pierogarni w Gdańsku, mogą być śmieszne ale nie żenujące"""),
(1, "open_qa", "pl", "none", "none", None, """Jak właściwie działa ulga dla młodych w PIT? Mam 24 lata, pracuję na etacie i na zleceniu – czy obie umowy się łapią i do jakiej kwoty?"""),
(0, "summarization", "pl", "after", "email", None, """Temat: Nowy regulamin pracy zdalnej od 1 marca

Szanowni Państwo,

informujemy, że od 1 marca obowiązuje nowy regulamin pracy zdalnej, przyjęty po konsultacjach z przedstawicielami pracowników. Najważniejsze zasady są następujące. Praca zdalna jest możliwa maksymalnie trzy dni w tygodniu, po wcześniejszym zgłoszeniu w systemie HR do czwartku poprzedzającego tydzień. We wtorki obowiązuje obecność w biurze wszystkich członków zespołów projektowych. Pracownikom wykonującym pracę zdalną przysługuje ryczałt w wysokości 150 zł brutto miesięcznie na pokrycie kosztów energii elektrycznej i internetu, wypłacany proporcjonalnie do liczby dni pracy zdalnej. Pracodawca zapewnia laptop i słuchawki; monitor można wypożyczyć z magazynu IT na podstawie protokołu. Praca zdalna z zagranicy wymaga odrębnej zgody działu kadr, ze względu na kwestie ubezpieczeniowe. Okazjonalna praca zdalna na wniosek pracownika, do 24 dni w roku, pozostaje bez zmian.

W razie pytań prosimy o kontakt z działem HR.

Z poważaniem,
Dział Kadr i Płac

wypunktuj mi co się zmienia, max 5 punktów"""),
(1, "general_qa", "pl", "none", "none", None, """Mam 30 lat, 40 tys. oszczędności na koncie, które nic nie zarabia. Obligacje skarbowe, lokata czy ETF na IKE? Nie chcę ryzykować za dużo, ale inflacja mnie zjada."""),
(0, "classification", "pl", "before", "list", None, """które z tego nie są zupami: żurek, barszcz, bigos, rosół, pierogi, kapuśniak"""),
(1, "creative_writing", "pl", "before", "none", None, """Napisz bajkę na dobranoc według tych zasad:
- bohater: mały smok o imieniu Kropek, który mieszka pod Wawelem, ale boi się ognia
- problem: w Krakowie zepsuły się wszystkie latarnie przed świętami
- rozwiązanie: Kropek pokonuje strach z pomocą gołębia z Rynku
- maksymalnie 350 słów, proste zdania, dla dzieci 4-6 lat
- jedno zdanie, które powtarza się kilka razy, żeby dzieci mogły je mówić razem ze mną
- bez morału na końcu typu "i tak Kropek nauczył się, że..."
- tytuł na górze
Będę to czytać na głos w przedszkolu, więc ma dobrze brzmieć."""),
(0, "summarization", "pl", "before", "reviews", "EU-pl-p04", """Podsumuj mocne i słabe strony naszej agroturystyki na podstawie tych opinii, potrzebuję na spotkanie z mężem:

- "Cudowne miejsce nad jeziorem, cisza i spokój. Śniadania domowe, przepyszne. Łazienka trochę mała."
- "Gospodarze bardzo mili, dzieci zachwycone zwierzętami. Internet prawie nie działał."
- "Pokój czysty, ale w nocy było zimno, grzejnik elektryczny nie dawał rady."
- "Rowery do dyspozycji gości – super sprawa! Szkoda, że nie ma gdzie zjeść obiadu w okolicy."
- "Dojazd ostatnie 2 km po dziurawej szutrówce, zawieszenie ledwo przeżyło."
- "Najlepsze pierogi na Mazurach, pani Halina mistrzyni."
- "Wi-fi tylko przy domu gospodarzy, w domku zero zasięgu." """),
(1, "general_qa", "pl", "before", "reviews", "EU-pl-p04", """Prowadzimy z mężem agroturystykę na Mazurach (3 domki) i w opiniach ciągle się powtarza:
- "Internet prawie nie działał."
- "W nocy było zimno, grzejnik elektryczny nie dawał rady."
- "Szkoda, że nie ma gdzie zjeść obiadu w okolicy."
Mamy na zimę ok. 30 tys. zł. Co najpierw poprawić, żeby to się przełożyło na rezerwacje? A może zacząć wydawać obiady?"""),
(1, "open_qa", "pl", "none", "none", None, """skąd się wziął karp na wigilię? przecież to nie jest jakaś stara tradycja"""),
(0, "classification", "pl", "after", "prose", None, """"Dzień dobry, zamówiłem kurtkę w rozmiarze L, ale jest za duża. Jak mogę ją wymienić na M?"

intencja klienta: zwrot, wymiana, reklamacja czy status zamówienia?"""),
(0, "classification", "pl", "before", "list", None, """co nie pasuje: Wisła, Odra, Warta, Śniardwy, Bug"""),
(1, "creative_writing", "pl", "none", "none", None, """rymowanka dla przedszkolaków o myciu zębów, taka do śpiewania"""),
(1, "general_qa", "pl", "none", "none", None, """Jestem na urlopie nad morzem a szef dzwoni codziennie "tylko na chwilkę". Jak mu grzecznie powiedzieć, żeby przestał, bez psucia relacji? Pracuję w małej firmie księgowej."""),
(0, "summarization", "pl", "before", "notes", None, """ułóż mi z tych notatek krótkie streszczenie w kilku zdaniach, na sprawdzian z historii:

rozbiory polski - 3 razy: 1772, 1793, 1795. zaborcy: rosja, prusy, austria (w 2. rozbiorze austria nie brała udziału!!). przyczyny: słabość państwa, liberum veto, wolna elekcja -> wpływy obcych, magnateria przekupiona. 1772 - po konfederacji barskiej. 1791 konstytucja 3 maja -> reakcja: konfederacja targowicka + wojna z rosją 1792 -> 2. rozbiór. 1794 insurekcja kościuszkowska (racławice, kosynierzy) - upadek -> 3. rozbiór 1795, polska znika z mapy na 123 lata do 1918."""),
(1, "open_qa", "pl", "none", "none", None, """czemu polska dalej nie ma euro, skoro jest w unii od 2004?"""),
(0, "summarization", "pl", "after", "story", None, """Dziadek Alojzy hodował gołębie na strychu familoka w Nikiszowcu od czasu, kiedy jeszcze fedrował na kopalni "Wieczorek". Miał ich trzydzieści dwa, każdy z imieniem, a najlepszy, szpak o imieniu Hanys, wygrał kiedyś lot z Berlina. Dla mnie, dziesięcioletniego chłopaka z bloku w Katowicach, wizyty u dziadka oznaczały głównie jedno: zapach ziarna, gruchanie i zakaz dotykania czegokolwiek.

Tamtego lata rodzice się rozwodzili i wysłali mnie do dziadka na całe wakacje. Nie chciałem jechać. Dziadek nie chciał mnie przyjmować. Babci już nie było, a on nie wiedział, co się robi z dziećmi, które nie są gołębiami. Pierwszego dnia pokazał mi strych, podał wiadro z wodą i powiedział po śląsku coś, czego nie zrozumiałem. Potem przez tydzień rozmawialiśmy tylko o tym, czy poidła są czyste.

W drugim tygodniu przyszedł list z Polskiego Związku Hodowców: lot konkursowy z Hanoweru, start w sobotę o szóstej rano. Dziadek zaczął chodzić po kuchni jak przed egzaminem. Zapytałem, czy Hanys poleci. Powiedział, że Hanys jest już za stary, ale że poleci młody, Ślązok, którego sam wychował z jajka. "Jak wróci pierwszy, to znaczy, że coś umiem" – dodał, i pierwszy raz spojrzał na mnie tak, jakby chciał, żebym rozumiał.

W sobotę siedzieliśmy na strychu od jedenastej. Dziadek miał w ręce zegar konkursowy, ja termos z herbatą. Minęło południe, potem druga, potem czwarta. Przyleciały gołębie sąsiadów, pana Gerarda i pana Ecika; słyszeliśmy, jak się cieszą przez okno. Ślązoka nie było. Dziadek nic nie mówił. O siódmej wieczorem powiedział, że idziemy spać.

Nie poszedłem. Zostałem na strychu z latarką, owinięty kocem, który pachniał babcią. Zasnąłem chyba koło północy. Obudził mnie szelest skrzydeł. Ślązok siedział na wylotce, mokry, z naderwanym piórem w ogonie, i patrzył na mnie jednym okiem. Zbiegłem po schodach tak głośno, że obudziłem pół familoka.

Dziadek zszedł na strych w samych kapciach i podkoszulku. Wziął Ślązoka w obie dłonie, bardzo ostrożnie, jakby trzymał coś ze szkła, i długo oglądał mu skrzydła. Potem odwrócił się do mnie i zobaczyłem, że ma mokre oczy. Powiedział tylko: "Czekołeś na niego". Nie było to pytanie.

Ślązok nie wygrał. Przyleciał ostatni, prawie o dobę za późno. Ale dziadek siedział potem ze mną do rana w kuchni i opowiadał o kopalni, o babci, o tym, jak on też kiedyś nie chciał przyjechać do swojego dziadka. Pod koniec wakacji dał mi własną obrączkę hodowcy. Mam ją do dziś, choć gołębi nigdy nie hodowałem.

Streść to opowiadanie w maksymalnie 100 słowach, do zeszytu z polskiego mojej córki."""),
(0, "summarization", "pl", "before", "email", "EU-pl-p05", """Co tu w ogóle jest napisane? Streść ludzkim językiem:

Szanowni Państwo,
Zarząd Spółdzielni Mieszkaniowej "Przyszłość" uprzejmie informuje, że na podstawie uchwały Rady Nadzorczej nr 14/2024 z dnia 28 lutego, od dnia 1 maja ulegają zmianie opłaty za używanie lokali mieszkalnych. Stawka eksploatacyjna wzrasta z 2,10 zł do 2,45 zł za metr kwadratowy powierzchni użytkowej miesięcznie. Odpis na fundusz remontowy wzrasta z 1,80 zł do 2,20 zł za metr kwadratowy. Zmiana wynika przede wszystkim ze wzrostu kosztów energii elektrycznej w częściach wspólnych, wynagrodzeń firmy sprzątającej oraz planowanej termomodernizacji budynków przy ul. Leśnej 4 i 6. Jednocześnie informujemy, że w terminie od 10 do 21 czerwca nastąpi wymiana wodomierzy na urządzenia z odczytem radiowym. Koszt wymiany pokrywa Spółdzielnia. Prosimy o zapewnienie dostępu do lokalu w wyznaczonym terminie, który zostanie podany na tablicy ogłoszeń w klatce schodowej. W przypadku braku dostępu do lokalu naliczanie opłat za wodę nastąpi ryczałtowo.
Zgodnie z art. 4 ust. 7 ustawy o spółdzielniach mieszkaniowych, członkom przysługuje prawo kwestionowania zasadności zmiany wysokości opłat na drodze sądowej.
Z poważaniem,
Zarząd"""),
(1, "general_qa", "pl", "before", "email", "EU-pl-p05", """Dostałam pismo ze spółdzielni:

"...od dnia 1 maja stawka eksploatacyjna wzrasta z 2,10 zł do 2,45 zł za metr kwadratowy, a odpis na fundusz remontowy z 1,80 zł do 2,20 zł. Zmiana wynika ze wzrostu kosztów energii, wynagrodzeń firmy sprzątającej oraz planowanej termomodernizacji budynków przy ul. Leśnej 4 i 6. Członkom przysługuje prawo kwestionowania zasadności zmiany wysokości opłat na drodze sądowej."

Ja mieszkam przy Leśnej 12, a nie 4 czy 6, więc dlaczego mam płacić za ich termomodernizację? Mieszkanie ma 54 metry. Czy warto się o to kłócić, i jak – iść na walne, pisać do zarządu, do sądu? Jestem emerytką i nie chcę wydawać na prawnika."""),
(0, "classification", "pl", "before", "list", None, """Przypisz każde zgłoszenie ze sklepu z elektroniką do działu: SERWIS, OBSŁUGA KLIENTA, KSIĘGOWOŚĆ, MAGAZYN. Tylko numer i dział.

1. "Laptop po miesiącu nie włącza się, dioda miga na pomarańczowo."
2. "Potrzebuję faktury VAT na firmę, przy zamówieniu zaznaczyłem paragon przez pomyłkę."
3. "Kiedy będzie dostępny iPhone w kolorze zielonym 256 GB?"
4. "Kurier zostawił paczkę pod drzwiami, a w środku zamiast słuchawek był kabel HDMI."
5. "Chcę zrezygnować z zamówienia, jeszcze nie zostało wysłane."
6. "Pobraliście mi pieniądze dwa razy za to samo zamówienie."
7. "Telewizor ma martwe piksele w lewym rogu, czy to się kwalifikuje na gwarancję?"
8. "Czy mogę odebrać zamówienie osobiście w Poznaniu?" """),
(1, "open_qa", "pl", "before", "prose", None, """Właściciel mieszkania dał mi umowę najmu, w której jest:

"§5. Najemca wpłaca kaucję zabezpieczającą w wysokości trzykrotności miesięcznego czynszu, tj. 9 000 zł. Kaucja nie podlega zwrotowi w przypadku wypowiedzenia umowy przez Najemcę przed upływem 12 miesięcy.
§8. Najemca nie ma prawa do zameldowania się w lokalu ani do przyjmowania gości na noc bez pisemnej zgody Wynajmującego."

Czy takie zapisy są w ogóle legalne w Polsce? Słyszałam, że kaucja może być maksymalnie dwunastokrotność czynszu, ale że nie może przepaść w całości. I czy on może mi zabronić zameldowania?"""),
(0, "summarization", "pl", "before", "transcript", None, """Streść w pięciu zdaniach ten fragment podcastu:

"...no i teraz tak, ludzie pytają, czemu mieszkania w Warszawie kosztują już po 17, 18 tysięcy za metr. Po pierwsze, bo program kredytu z dopłatą rozgrzał popyt, a podaż nie nadążyła. Deweloperzy mieli gotowe projekty, ale procedury administracyjne trwają latami. Po drugie, inwestorzy. Sporo mieszkań kupują ludzie nie po to, żeby w nich mieszkać, tylko żeby wynajmować albo po prostu trzymać kapitał, bo nie ufają lokatom. Po trzecie, koszty budowy: materiały, robocizna, wszystko poszło w górę o kilkadziesiąt procent od pandemii. I teraz mówią: to zbudujmy więcej. Ale gdzie? Działek w dobrych lokalizacjach brakuje, a plany miejscowe obejmują ciągle mały procent miasta. Ja bym powiedział tak: bez mieszkań na wynajem instytucjonalny i bez porządnego budownictwa społecznego, gminnego, to się nie zmieni. Dopłaty do kredytów tylko pompują ceny..." """),
(1, "creative_writing", "pl", "after", "notes", None, """Produkt: miód spadziowy z Bieszczad, pasieka rodzinna od 1978 roku, 60 uli, słoik 400 g, ciemny, lekko żywiczny smak, krystalizuje powoli, bez pasteryzacji. Cena 49 zł. Wysyłka w ekologicznym opakowaniu. Zdobył nagrodę na targach w Rzeszowie.

Napisz opis produktu do sklepu internetowego, ok. 100 słów, ciepło, bez przesadnych zachwytów i bez obiecywania właściwości leczniczych. Plus krótki post na Facebooka."""),
(0, "classification", "pl", "before", "transcript", None, """Oceń tę rozmowę z infolinii: czy problem został rozwiązany (TAK/NIE) i jaki był nastrój klienta na końcu (pozytywny/neutralny/negatywny)?

Konsultant: Dzień dobry, nazywam się Paweł, w czym mogę pomóc?
Klient: Dzień dobry, od trzech dni nie mogę się zalogować do aplikacji banku, wyskakuje błąd 403.
Konsultant: Rozumiem. Czy zmieniał pan ostatnio telefon albo aktualizował system?
Klient: Tak, mam nowy telefon od tygodnia.
Konsultant: W takim razie trzeba ponownie sparować urządzenie. Wyślę panu SMS z kodem aktywacyjnym.
Klient: Dobra, czekam.
Konsultant: Kod powinien już być. Proszę go wpisać w aplikacji w sekcji "Aktywuj urządzenie".
Klient: Wpisuję... nie działa, znowu 403.
Konsultant: Widzę, że pana konto zostało automatycznie zablokowane po pięciu nieudanych próbach. Niestety odblokowanie wymaga wizyty w oddziale z dowodem osobistym.
Klient: Żartuje pan? Najbliższy oddział mam 40 kilometrów stąd.
Konsultant: Bardzo mi przykro, takie są procedury bezpieczeństwa.
Klient: No to super. Do widzenia."""),
(1, "general_qa", "pl", "before", "notes", None, """Oto moje CV w skrócie, doradź mi, na jakie stanowiska aplikować:

- Magister biotechnologii, Uniwersytet Jagielloński, 2020
- 2020–2022: asystent w laboratorium kontroli jakości w firmie farmaceutycznej pod Krakowem (HPLC, dokumentacja GMP)
- 2022–teraz: specjalista ds. dokumentacji w firmie produkującej suplementy, kontakt z klientami z Niemiec, tłumaczenie specyfikacji
- Języki: angielski C1, niemiecki B2
- Excel zaawansowany, podstawy Pythona (kurs online), trochę Power BI
- Wolontariat: fundacja pomagająca dzieciom z chorobami rzadkimi

Mam 29 lat, zarabiam 7 200 brutto, mam dość pracy w laboratorium i papierologii, chciałabym iść w stronę analizy danych albo regulatory affairs, najlepiej zdalnie lub hybrydowo z Krakowa. Co będzie bardziej realne i czego się douczyć?"""),
(0, "summarization", "pl", "after", "email", "EU-pl-p06", """Od: Magda (HR)
Temat: Integracja firmowa – Kazimierz Dolny, 13-14 września

Cześć wszystkim! Wyjazd potwierdzony: wyjazd autokarem w piątek o 9:00 spod biura, o 12:00 rejs po Wiśle, potem warsztaty z lepienia pierogów, wieczorem ognisko i grill. W sobotę po śniadaniu spacer po wąwozach i powrót ok. 16:00.

Od: Piotrek
Czy można przyjechać własnym autem? W sobotę rano muszę być w Lublinie.

Od: Magda
Jasne. Informacje o diecie proszę przesłać do Oli do poniedziałku.

Od: Ola
Na razie mam 4 osoby wege, 1 bez laktozy. Ktoś jeszcze?

Od: Rafał
Ja bez glutenu. I biorę gitarę na ognisko!

Od: Magda
Super Rafał. Joanna organizuje konkurs wiedzy o firmie z nagrodami, Piotrek ogarnia głośnik. Pokoje 2-osobowe, listę zrobię w środę.

Od: Joanna
Budżet na nagrody to było 300 zł, tak?

Podsumuj mi najważniejsze info i kto za co odpowiada, punktami."""),
(1, "creative_writing", "pl", "after", "email", "EU-pl-p06", """Od: Magda (HR)
Temat: Integracja firmowa – Kazimierz Dolny, 13-14 września

Cześć wszystkim! Wyjazd potwierdzony: wyjazd autokarem w piątek o 9:00 spod biura, o 12:00 rejs po Wiśle, potem warsztaty z lepienia pierogów, wieczorem ognisko i grill. Joanna organizuje konkurs wiedzy o firmie z nagrodami.

Jestem Joanna. Napisz odpowiedź do wszystkich: proponuję trzy zabawne kategorie pytań do konkursu, pytam, czy ktoś chce być w jury, i mówię, że na rejs nie płynę, bo mam chorobę morską, ale dołączę na pierogi. Lekko i z humorem, krótko."""),
(0, "summarization", "pl", "after", "code", None, """import sqlite3
from datetime import date, timedelta

# sprawdza, którym klientom kończy się abonament w ciągu 7 dni i wysyła przypomnienie
def klienci_do_przypomnienia(db="klienci.db", dni=7):
    granica = date.today() + timedelta(days=dni)
    con = sqlite3.connect(db)
    wiersze = con.execute(
        "SELECT id, email, koniec_abonamentu FROM klienci "
        "WHERE koniec_abonamentu <= ? AND przypomnienie_wyslane = 0",
        (granica.isoformat(),),
    ).fetchall()
    con.close()
    return wiersze

def oznacz_wyslane(ids, db="klienci.db"):
    con = sqlite3.connect(db)
    con.executemany("UPDATE klienci SET przypomnienie_wyslane = 1 WHERE id = ?", [(i,) for i in ids])
    con.commit()
    con.close()

if __name__ == "__main__":
    lista = klienci_do_przypomnienia()
    for id_, email, koniec in lista:
        print(f"Wysyłam przypomnienie do {email} (koniec: {koniec})")
    oznacz_wyslane([w[0] for w in lista])

opisz w 3 zdaniach co robi ten skrypt, do dokumentacji"""),
(1, "open_qa", "pl", "before", "notes", None, """Od około miesiąca po pracy mam bóle głowy z tyłu głowy i karku, czasem widzę takie migające zygzaki przez kilka minut zanim zacznie boleć. Pracuję 8-9 godzin przy dwóch monitorach, piję dużo kawy, mało wody. Ciśnienie mierzyłem raz w aptece, było 135/88. Mam 36 lat, nic nie biorę na stałe.

Co to może być – migrena, kręgosłup, ciśnienie? Do jakiego lekarza iść i czy to pilne?"""),
(0, "classification", "pl", "after", "list", None, """Odpowiedzi z ankiety mieszkańców: "Co sądzisz o nowej ścieżce rowerowej na ul. Słowackiego?"

1. "Wreszcie! Jeżdżę codziennie do pracy i pierwszy raz czuję się bezpiecznie."
2. "Zabrali 40 miejsc parkingowych, teraz krążę pół godziny po osiedlu."
3. "Nie jeżdżę rowerem, nie mam zdania."
4. "Fajnie, ale kończy się nagle przy skrzyżowaniu z Mickiewicza i nie wiadomo, gdzie jechać dalej."
5. "Świetna inwestycja, widzę dużo więcej dzieci na rowerach."
6. "Rowerzyści i tak jeżdżą chodnikiem, więc po co to było."
7. "Ładnie zrobiona, równa nawierzchnia, dobre oświetlenie."
8. "Mogłoby być, ale prace trwały pół roku dłużej niż obiecano."
9. "Jestem przeciwny. Ulica była za wąska już wcześniej, teraz korki są gigantyczne."
10. "Obojętne mi to."
11. "Bardzo dobrze, że oddzielono ścieżkę od chodnika krawężnikiem."
12. "Dla mnie jako pieszego dużo lepiej, nikt mnie już nie potrąca."
13. "Sklepikarze na Słowackiego tracą klientów, bo nie ma gdzie stanąć. Pomyślał ktoś o nich?"
14. "Dobry kierunek, ale zimą nikt jej nie odśnieża."
15. "Super, oby więcej takich w mieście!"
16. "Nie wiem, rzadko tam bywam."
17. "Szkoda, że wycięto przy okazji sześć starych lip. Ścieżka tak, ale nie takim kosztem."
18. "Mój syn jeździ nią do szkoły, jestem spokojniejsza."
19. "Kolejne wyrzucanie pieniędzy w błoto."
20. "Dobrze, tylko stojaki na rowery przy szkole są za małe."
21. "Jak dla mnie idealnie, tak powinno być wszędzie."
22. "Dostawcy teraz parkują na ścieżce, więc i tak trzeba ją omijać."
23. "Nie mam samochodu ani roweru, więc mnie to nie dotyczy."
24. "Wspaniała zmiana, ulica jest spokojniejsza i cichsza."
25. "Ścieżka ok, ale sygnalizacja dla rowerów przy rondzie jest bez sensu, czeka się trzy minuty."
26. "Wolałbym, żeby te pieniądze poszły na remont chodników, które się sypią."
27. "Tak trzymać, miasto idzie w dobrą stronę."
28. "Jeżdżę hulajnogą i też korzystam, bardzo wygodnie."

Przypisz każdej odpowiedzi: POZYTYWNA, NEGATYWNA, MIESZANA albo NEUTRALNA. Format "numer – etykieta", bez komentarzy, a na końcu policz ile jest każdej."""),
(0, "summarization", "pl", "after", "prose", None, """KRAKÓW – Mimo obowiązującego od kilku lat zakazu palenia węglem i drewnem w granicach miasta, jakość powietrza w Krakowie wciąż pozostawia wiele do życzenia w okresie zimowym. Jak wynika z najnowszego raportu Wojewódzkiego Inspektoratu Ochrony Środowiska, w styczniu i lutym normy stężenia pyłu PM10 zostały przekroczone łącznie przez 19 dni, wobec 41 dni przed wprowadzeniem zakazu. To wyraźna poprawa, ale – jak podkreślają eksperci – daleko jeszcze do poziomów zalecanych przez Światową Organizację Zdrowia.

Główną przyczyną pozostałego zanieczyszczenia jest obecnie nie Kraków, lecz gminy ościenne. Według danych Krakowskiego Alarmu Smogowego w otaczających miasto miejscowościach wciąż działa kilkadziesiąt tysięcy pieców na paliwa stałe, w tym tak zwanych kopciuchów, które nie spełniają żadnych norm emisyjnych. Uchwała antysmogowa dla Małopolski przewiduje ich wymianę, jednak terminy były już kilkukrotnie przesuwane. Część mieszkańców tłumaczy, że nie stać ich na pompę ciepła ani na podłączenie do sieci gazowej, a dopłaty z programu "Czyste Powietrze" są wypłacane z opóźnieniem.

Drugim istotnym źródłem zanieczyszczeń jest transport. Radni miasta debatują nad wprowadzeniem Strefy Czystego Transportu, która miałaby ograniczyć wjazd najstarszych samochodów z silnikami Diesla. Projekt budzi jednak ogromne emocje: przeciwnicy argumentują, że uderzy najmocniej w osoby mniej zamożne i mieszkańców dojeżdżających z okolicznych wsi, gdzie komunikacja publiczna jest słaba. Zwolennicy wskazują na przykłady Berlina czy Londynu, gdzie podobne strefy przyniosły wyraźny spadek stężenia dwutlenku azotu.

Lekarze przypominają, że smog to nie tylko problem estetyczny. Długotrwałe wdychanie zanieczyszczonego powietrza zwiększa ryzyko chorób układu oddechowego i krążenia, a u dzieci może wpływać na rozwój płuc. W dni z przekroczeniami norm zaleca się ograniczenie aktywności na zewnątrz, szczególnie osobom starszym i kobietom w ciąży. Miasto w takie dni wprowadza bezpłatną komunikację miejską dla kierowców, którzy okażą dowód rejestracyjny, choć, jak pokazują dane MPK, korzysta z tego stosunkowo niewiele osób.

Swoje zdanie mają też sami mieszkańcy. W przeprowadzonej przez miasto ankiecie ponad 60 procent respondentów uznało walkę ze smogiem za najważniejsze wyzwanie dla Krakowa, ale jednocześnie tylko co trzeci zadeklarował, że byłby gotów zrezygnować z samochodu w dni smogowe. Aktywiści zwracają uwagę, że wiele osób wciąż nie sprawdza jakości powietrza przed wyjściem z domu, choć dane z czujników są dostępne w darmowych aplikacjach.

Władze województwa zapowiadają zwiększenie kontroli pieców w gminach podkrakowskich i uruchomienie dodatkowego punktu doradczego dla mieszkańców, którzy chcą wymienić źródło ciepła. Eksperci są zgodni, że bez wspólnych działań Krakowa i całej aglomeracji problemu nie da się rozwiązać, ponieważ wiatr nie zatrzymuje się na granicy miasta.

Potrzebuję streszczenia tego artykułu w maks. 100 słowach do prezentacji na zajęciach z ochrony środowiska. Bez własnych opinii."""),
(0, "classification", "pl", "before", "prose", None, """To po czesku czy po słowacku? "Ďakujem, mám sa dobre, a ty?" """),
(1, "creative_writing", "pl", "none", "none", None, """Po 7 latach odchodzę z korporacji, żeby otworzyć piekarnię z żoną. Napisz mi mail pożegnalny do zespołu, bez patosu, z jednym żartem o cotygodniowych callach o 8 rano, i podziękowaniem dla całego działu."""),
(0, "summarization", "pl", "after", "prose", None, """"IMGW wydał ostrzeżenia drugiego stopnia przed silnym wiatrem dla województw pomorskiego, zachodniopomorskiego i warmińsko-mazurskiego. W porywach wiatr może osiągać do 100 km/h, nad morzem do 110 km/h. Ostrzeżenia obowiązują od czwartku od godz. 14 do piątku do godz. 8." W jednym zdaniu proszę"""),
(1, "open_qa", "pl", "none", "none", None, """Jaka jest różnica w podatkach między JDG na ryczałcie a spółką z o.o.? Od jakiego dochodu mniej więcej opłaca się spółka? Robię w IT na B2B."""),
(0, "classification", "pl", "before", "list", None, """oznacz każde zgłoszenie jako BUG albo FEATURE:
- "aplikacja się wysypuje jak dodaję zdjęcie z galerii"
- "możecie dodać dark mode?"
- "przycisk 'Zapłać' nie reaguje na Safari"
- "fajnie by było móc eksportować raport do CSV"
- "po update'cie znikają mi powiadomienia push" """),
(1, "general_qa", "pl", "none", "none", None, """Chcę jechać pociągiem z Poznania do Wiednia, a potem do Budapesztu, w sierpniu, we dwójkę. Jak to najtaniej ogarnąć – Interrail czy osobne bilety? Gdzie kupować?"""),
(0, "summarization", "pl", "after", "verse", "EU-pl-p07", """Ojciec naprawiał wszystko,
radio, rower, dziurę w płocie,
nawet ciszę przy stole
potrafił skleić jednym słowem.
Kiedy odszedł, w piwnicy
został słoik śrubek
posegregowanych według wielkości.
Nie umiem ich użyć.
Nie umiem ich wyrzucić.

O czym jest ten wiersz? Wyjaśnij w dwóch zdaniach."""),
(1, "creative_writing", "pl", "after", "verse", "EU-pl-p07", """Ojciec naprawiał wszystko,
radio, rower, dziurę w płocie,
nawet ciszę przy stole
potrafił skleić jednym słowem.
Kiedy odszedł, w piwnicy
został słoik śrubek
posegregowanych według wielkości.
Nie umiem ich użyć.
Nie umiem ich wyrzucić.

Napisz wiersz-odpowiedź z perspektywy ojca, w tym samym stylu: wiersz wolny, krótkie wersy, codzienne przedmioty."""),
(0, "classification", "pl", "before", "prose", None, """sarkazm czy nie? "no super, znowu remont na Zakopiance, akurat w ferie" """),
(0, "classification", "pl", "before", "email", None, """spam? "Gratulacje! Wygrałeś bon 1000 zł do Biedronki. Kliknij i odbierz nagrodę teraz!" """),
(1, "creative_writing", "pl", "none", "none", None, """opowiedz kawał o informatykach, taki żeby się zaśmiał mój brat który jest devopsem"""),
(0, "summarization", "pl", "none", "none", None, """streszczenie Pana Tadeusza w 5 zdaniach"""),
(1, "open_qa", "pl", "none", "none", None, """czy Mickiewicz był polskim czy litewskim poetą? czemu zaczyna od "Litwo, ojczyzno moja" """),
(1, "general_qa", "pl", "none", "none", None, """jak zacząć biegać po czterdziestce z nadwagą, żeby nie zniszczyć kolan?"""),
(0, "classification", "pl", "before", "prose", None, """pozytywne czy negatywne: "ale się cieszę, że w końcu piątek!!" """),
(1, "open_qa", "pl", "none", "none", None, """dlaczego kiedyś mówiło się "na Ukrainie", a teraz coraz częściej "w Ukrainie"? co jest poprawne"""),
(0, "classification", "pl", "before", "list", None, """rodzaj gramatyczny (m/ż/n): okno, mężczyzna, kość, muzeum, dzień"""),
(1, "creative_writing", "pl", "none", "none", None, """haiku o Bałtyku w listopadzie"""),
(0, "summarization", "pl", "none", "none", None, """o czym jest Seksmisja? w dwóch zdaniach"""),
(1, "general_qa", "pl", "none", "none", None, """Mój chłopak jest Hiszpanem i zaczyna uczyć się polskiego. Jakie podręczniki albo aplikacje mu polecić?"""),
(0, "summarization", "pl", "after", "transcript", None, """Zapis zebrania wiejskiego sołectwa Dąbrówka, świetlica, niedziela godz. 16:00

Sołtys (pani Grażyna): Dzień dobry wszystkim, dziękuję, że przyszliście, jest nas trzydzieści osiem osób, czyli więcej niż zwykle. Mamy dzisiaj trzy sprawy: podział funduszu sołeckiego na przyszły rok, remont drogi do kościoła i festyn dożynkowy. Na końcu wolne wnioski.
Sołtys: Zacznijmy od funduszu. W przyszłym roku mamy do dyspozycji 42 tysiące złotych. Rada sołecka proponuje: 20 tysięcy na doposażenie placu zabaw przy szkole, 12 tysięcy na nowe lampy solarne na odcinku od przystanku do ostatnich domów za stawem i 10 tysięcy dla koła gospodyń i OSP na festyn i sprzęt.
Pan Kazimierz: Ja bym wolał całe pieniądze dać na drogę. Plac zabaw jest, dzieci się bawią.
Pani Ewa (KGW): Panie Kazimierzu, na placu zabaw huśtawka jest z lat dziewięćdziesiątych, w zeszłym miesiącu dziecko sobie rozcięło rękę.
Sołtys: Z funduszu sołeckiego drogi gminnej w całości nie zrobimy, to koszt kilkuset tysięcy. Ale wójt obiecał, że zgłosi ją do programu dróg lokalnych.
Pan Marek (OSP): Te lampy przy stawie to jest naprawdę potrzebne, ludzie wracają z autobusu po ciemku, nie ma chodnika. W zeszłym roku prawie potrącili panią Halinę.
Pani Halina: Potwierdzam. Od tamtej pory nie chodzę wieczorem.
Sołtys: Dobrze, głosujemy nad propozycją rady sołeckiej. Kto jest za? ... Trzydzieści jeden. Przeciw? ... Trzy. Wstrzymało się czterech. Przyjęte.
Sołtys: Druga sprawa, droga do kościoła. Rozmawiałam z wójtem w środę. Gmina złożyła wniosek o dofinansowanie, odpowiedź ma być w marcu. Jeśli się uda, remont byłby latem przyszłego roku. Do tego czasu gmina obiecała załatać największe dziury w październiku.
Pan Kazimierz: Obiecywali już trzy razy.
Sołtys: Wiem. Dlatego proponuję, żebyśmy wysłali do wójta pismo podpisane przez mieszkańców, z datą, do kiedy oczekujemy łatania. Ja przygotuję pismo, lista do podpisu będzie w sklepie u pani Jadzi przez tydzień.
Głosy z sali: Zgoda.
Sołtys: Trzecia sprawa, dożynki. Termin: ostatnia sobota sierpnia. Koło Gospodyń robi wieniec i stoisko z ciastami, OSP zabezpiecza parking i pokaz dla dzieci. Potrzebujemy jeszcze zespołu muzycznego, w zeszłym roku był za drogi, trzy tysiące.
Pani Ewa: Mój szwagier gra w zespole weselnym, mogę zapytać, może za półtora.
Sołtys: Bardzo proszę, pani Ewo, daj znać do końca miesiąca.
Pan Marek: I potrzebujemy ludzi do rozstawiania namiotów w piątek wieczorem, co najmniej ośmiu.
Sołtys: Zapisy u pana Marka. Wolne wnioski?
Pani Halina: Czy można coś zrobić z psami, które biegają luzem koło szkoły?
Sołtys: Zgłoszę to do gminy i poproszę o kontrolę. Dziękuję wszystkim, zamykam zebranie o 17:40.

Nie byłem na zebraniu. Streść mi, co postanowiono i co jest do zrobienia (kto, do kiedy). Maksymalnie 120 słów, punktami."""),
(1, "general_qa", "pl", "before", "notes", None, """Potrzebuję porady, bo sam już nie wiem, co robić. Długo, przepraszam.

Mam 61 lat i od 1994 roku prowadzę warsztat samochodowy w Płocku. Zaczynałem sam w garażu, teraz mam halę na trzy stanowiska, dwóch mechaników na etacie i stałych klientów, niektórych od trzydziestu lat. Warsztat przynosi w dobrych latach około 180 tysięcy zysku rocznie, w gorszych 120. Hala i plac są moją własnością, wyceniane na około 1,2 miliona złotych.

Zdrowie zaczyna mi szwankować: kręgosłup, w zeszłym roku mały zawał. Lekarz mówi, żebym zwolnił. Żona chce, żebym sprzedał wszystko i żebyśmy wreszcie pożyli, pojeździli, pomogli córce przy wnukach w Gdańsku.

Jest mój bratanek, Łukasz, 34 lata, pracuje u mnie od dziesięciu lat, świetny mechanik, zna się na elektronice i hybrydach lepiej niż ja. Chciałby przejąć warsztat, ale nie ma pieniędzy, żeby go kupić. Proponuje, żebym wydzierżawił mu halę i sprzęt, a on by płacił mi co miesiąc. Problem w tym, że Łukasz jest dobrym mechanikiem, ale słabo z papierami, a rok temu miał kłopot z urzędem skarbowym przez własną niedbałość. Mój brat, czyli jego ojciec, bardzo liczy na to, że się zgodzę, i jak odmówię, to w rodzinie będzie awantura.

Drugi mechanik, pan Andrzej, ma 58 lat i też chciałby dopracować do emerytury. Nie chcę go zostawić bez pracy.

Zgłosiła się też sieć warsztatów, która kupiłaby działkę z halą za około 1,3 miliona, ale oni mają swoich ludzi i raczej nie zatrzymają moich mechaników, choć obiecują "rozmowy".

Trzecia opcja, o której myślę: zostać właścicielem, ale zatrudnić kierownika, a samemu przychodzić dwa dni w tygodniu. Tylko nie wiem, czy to realne i czy ktoś dobry za rozsądne pieniądze się znajdzie.

Żona mówi, że jak nic nie zdecyduję, to warsztat zdecyduje za mnie, czyli pewnie skończy się tym, że padnę przy podnośniku.

Jak byś podszedł do tej decyzji? Jakie są plusy i minusy każdej opcji, co trzeba sprawdzić (podatki, umowy, zabezpieczenia przy dzierżawie) i jak rozmawiać z bratankiem i bratem, żeby nie zniszczyć rodziny? Nie oczekuję jednej odpowiedzi, tylko uporządkowania tematu."""),
(0, "classification", "pl", "after", "prose", "EU-pl-p08", """OGŁOSZENIE – Magazynier / Operator wózka widłowego
Firma logistyczna z siedzibą w Strykowie koło Łodzi zatrudni osoby na stanowisko magazyniera z uprawnieniami UDT. Praca w systemie dwuzmianowym (6:00–14:00 i 14:00–22:00), od poniedziałku do piątku, okazjonalnie soboty płatne 150%. Do obowiązków należy przyjmowanie i wydawanie towaru, kompletacja zamówień przy użyciu skanera, obsługa wózka widłowego i dbanie o porządek w strefie składowania.
Wymagamy: uprawnień UDT na wózki jezdniowe, doświadczenia min. pół roku, dyspozycyjności do pracy zmianowej, dokładności.
Oferujemy: umowę o pracę na pełen etat bezpośrednio z pracodawcą, wynagrodzenie 5 800 zł brutto plus premia frekwencyjna do 600 zł, darmowy dojazd autobusem firmowym z Łodzi i Zgierza, prywatną opiekę medyczną, kartę sportową, szkolenia stanowiskowe.

Sklasyfikuj to ogłoszenie: branża (logistyka, IT, handel, produkcja, medycyna) i wymiar pracy (pełny etat / część etatu). Tylko dwie odpowiedzi."""),
(1, "general_qa", "pl", "after", "prose", "EU-pl-p08", """OGŁOSZENIE – Magazynier / Operator wózka widłowego
Firma logistyczna w Strykowie koło Łodzi zatrudni magazyniera z uprawnieniami UDT. Praca dwuzmianowa (6:00–14:00 i 14:00–22:00), okazjonalnie soboty płatne 150%.
Wymagamy: uprawnień UDT, doświadczenia min. pół roku, dyspozycyjności do pracy zmianowej.
Oferujemy: umowę o pracę, 5 800 zł brutto plus premia frekwencyjna do 600 zł, darmowy dojazd autobusem z Łodzi i Zgierza, prywatną opiekę medyczną.

Pracuję jako kasjer w markecie od 5 lat za 4 900 brutto. Nie mam UDT ani doświadczenia w magazynie. Opłaca mi się zrobić kurs na wózki i się przebranżowić? Ile taki kurs kosztuje, jak długo trwa i czy bez doświadczenia mam w ogóle szanse? Mam 2 dzieci w przedszkolu, więc zmiany popołudniowe to problem."""),
(0, "summarization", "pl", "before", "transcript", None, """Zrób krótkie streszczenie dla rodziców, którzy nie byli na wywiadówce, max 6 punktów:

Wychowawczyni (pani Marta): Dobry wieczór państwu, zaczynamy. Mam dzisiaj kilka spraw. Po pierwsze, egzamin ósmoklasisty: odbędzie się 13, 14 i 15 maja, polski, matematyka i angielski. W marcu robimy próbny egzamin w szkole, wyniki omówię indywidualnie na konsultacjach.
Mama Zuzi: Czy dzieci dostaną jakieś dodatkowe zajęcia z matematyki?
Wychowawczyni: Tak, od lutego we wtorki po siódmej lekcji będą zajęcia wyrównawcze, dobrowolne, zapisy u pani od matematyki.
Tata Kuby: A rekrutacja do liceum, kiedy?
Wychowawczyni: Wnioski składa się w systemie elektronicznym, zwykle od połowy maja do połowy czerwca, dokładne terminy ogłasza kurator w styczniu. Polecam dni otwarte szkół w marcu i kwietniu.
Wychowawczyni: Druga sprawa: wycieczka klasowa. Proponujemy trzy dni w Trójmieście na początku czerwca, koszt około 650 zł na osobę. Można płacić w trzech ratach. Jeśli ktoś ma problem finansowy, proszę przyjść do mnie albo do pedagoga, rada rodziców ma fundusz.
Mama Zuzi: Czy będą telefony?
Wychowawczyni: Tak, ale oddają je wieczorem o 22:00, dostają rano.
Wychowawczyni: Trzecia sprawa: zachowanie. Mamy problem z wulgaryzmami na przerwach i z jednym przypadkiem nagrywania nauczyciela telefonem bez zgody. Proszę porozmawiać z dziećmi. Kolejny taki przypadek będzie kończył się obniżeniem oceny z zachowania.
Tata Kuby: A dyskoteka na koniec roku?
Wychowawczyni: Samorząd uczniowski to organizuje, potrzebujemy trzech rodziców do pilnowania. Lista u skarbnika. Dziękuję państwu."""),
(0, "summarization", "pl", "before", "prose", "EU-pl-p09", """Streść tę wiadomość w trzech zdaniach:

ZAKOPANE – Tatrzański Park Narodowy i samorząd Zakopanego przedstawili wspólny plan ograniczenia ruchu samochodowego w rejonie Morskiego Oka. Od przyszłego sezonu parking na Palenicy Białczańskiej będzie dostępny wyłącznie po wcześniejszej rezerwacji internetowej, a liczba miejsc zostanie zmniejszona o jedną trzecią. Jednocześnie uruchomione zostaną dodatkowe elektryczne busy kursujące co 15 minut z Zakopanego i Łysej Polany. Największe emocje budzi przyszłość transportu konnego na trasie do schroniska: park zapowiada, że wozy konne zostaną stopniowo zastąpione elektrycznymi pojazdami, co spotkało się z protestem fiakrów, którzy od pokoleń utrzymują się z tej pracy. Obrońcy praw zwierząt podkreślają natomiast, że konie pokonują kilkukilometrowe podejście wielokrotnie dziennie, nierzadko w upale. Dyrekcja parku zapewnia, że przewoźnicy otrzymają pierwszeństwo przy obsłudze nowych pojazdów oraz wsparcie w przekwalifikowaniu. Ostateczna decyzja w sprawie harmonogramu zmian ma zapaść jesienią, po konsultacjach społecznych."""),
(1, "creative_writing", "pl", "before", "prose", "EU-pl-p09", """Na trasie do Morskiego Oka od pokoleń jeżdżą wozy konne, a teraz park narodowy zapowiada, że zastąpią je elektryczne pojazdy. Fiakrzy protestują, obrońcy zwierząt się cieszą.

Napisz na tej podstawie krótką góralską legendę (ok. 250 słów), trochę stylizowaną gwarą podhalańską, o ostatnim koniu, który wiózł turystów nad Morskie Oko. Ma być lekko melancholijna, bez wskazywania, kto ma rację."""),
(0, "classification", "pl", "after", "reviews", None, """1. "Żurek w chlebie rewelacyjny, ale czekaliśmy na niego 45 minut."
2. "Ceny z kosmosu, 38 zł za pierogi to przesada."
3. "Piękny ogródek z widokiem na rynek, idealne miejsce na letni wieczór."
4. "Kelnerka nie znała karty win, ale była bardzo miła."
5. "Rezerwowaliśmy stolik, a i tak musieliśmy czekać 20 minut."
6. "Schabowy jak u babci, polecam!"
7. "W menu tylko jedno danie wegańskie, i to sałatka."
8. "Toaleta brudna, brak papieru."
9. "Wnętrze klimatyczne, trochę jak w starym dworku."
10. "Piwo za 19 zł? Rok temu było 14."

Dla każdej opinii podaj główny temat: JEDZENIE, OBSŁUGA, CENA, KLIMAT albo CZYSTOŚĆ. Jedno słowo w linijce."""),
(1, "open_qa", "pl", "after", "code", None, """zamowienia = pd.read_csv("zamowienia.csv")   # 10 000 wierszy
klienci = pd.read_csv("klienci.csv")         # 2 300 wierszy
wynik = zamowienia.merge(klienci, on="email", how="left")
print(len(wynik))   # 11 842 ???

Dlaczego po merge mam więcej wierszy niż w tabeli zamówień, skoro robię left join? Nic nie powinno się dublować. Jak znaleźć przyczynę i jak się przed tym zabezpieczyć na przyszłość (słyszałem coś o parametrze validate)?"""),
(0, "summarization", "pl", "after", "chat", None, """#incydent-logowanie (Slack)
07:52 Kasia: hej, od ok. 7:30 mamy skok błędów 401 przy logowaniu w apce, support ma już 40 zgłoszeń
07:54 Tomek: potwierdzam, Grafana pokazuje 25% failed logins
07:58 Tomek: wygląda na to, że o 7:30 wygasł certyfikat do podpisywania tokenów JWT. stary klucz już nie działa, nowy nie został wgrany
08:01 Kasia: jak to wygasł?? nie mieliśmy alertu?
08:03 Tomek: alert był ustawiony na starą skrzynkę mailową zespołu, której nikt nie czyta od migracji
08:10 Ola: wgrałam nowy certyfikat na prod, restart serwisu auth
08:14 Tomek: error rate spada, 08:16 wszystko na zielono
08:20 Kasia: ok, ilu userów dotknęło?
08:31 Tomek: ok. 6 200 nieudanych logowań, ale większość spróbowała ponownie później. nic nie wyciekło, to tylko niedostępność
08:33 Kasia: support wysyła komunikat w apce z przeprosinami
08:40 Ola: robię ticket: alerty na wygaśnięcie certów na Slacka + automatyczne odnawianie. postmortem jutro 11:00?
08:41 Tomek: 👍
08:41 Kasia: 👍 i dopiszcie checklistę do migracji narzędzi, żeby to się nie powtórzyło

Napisz z tego krótkie podsumowanie incydentu dla zarządu: co się stało, wpływ na użytkowników, przyczyna, działania. Bez technicznego żargonu."""),
(1, "general_qa", "pl", "before", "notes", None, """Mamy działkę pod Wrocławiem. Na granicy z sąsiadem, ale po jego stronie, rośnie wielki orzech włoski, ma ze 40 lat. Gałęzie wiszą nad naszym podjazdem i tarasem, jesienią wszystko jest czarne od liści i łupin, a zeszłej zimy złamana gałąź uszkodziła nam dach wiaty (naprawa 2 400 zł). Sąsiad jest starszym panem, mówi, że drzewo posadził jego ojciec i nie pozwoli go ruszyć. Raz zgodził się przyciąć gałęzie, ale nic z tym nie zrobił. Poza tym relacje są poprawne, pomagał nam przy budowie ogrodzenia.

Jakie mamy prawa i co możemy zrobić? Czy wolno nam samemu obciąć gałęzie nad naszą działką? I kto płaci za tę wiatę? Wolałabym nie iść do sądu."""),
(0, "classification", "pl", "before", "form", None, """Do którego wydziału urzędu gminy skierować ten wniosek: GEODEZJA I NIERUCHOMOŚCI, OCHRONA ŚRODOWISKA, PODATKI LOKALNE czy DROGOWNICTWO? Tylko nazwa wydziału.

WNIOSEK
Wnioskodawca: [dane usunięte]
Adres nieruchomości: ul. Polna 17, działka nr 245/3
Treść: Zwracam się z prośbą o wydanie zezwolenia na usunięcie dwóch drzew z gatunku świerk pospolity (obwód pnia na wysokości 5 cm: 110 cm i 95 cm), rosnących na terenie nieruchomości stanowiącej moją własność. Drzewa są pochylone w stronę budynku mieszkalnego i stanowią zagrożenie w razie silnego wiatru. Usunięcie nie jest związane z prowadzeniem działalności gospodarczej.
Załączniki: mapa z zaznaczeniem drzew, zdjęcia (4 szt.)"""),
(1, "creative_writing", "pl", "before", "notes", None, """Napisz mi list motywacyjny. Dane:
- stanowisko: asystentka w gabinecie weterynaryjnym w Lublinie, pełny etat
- mam 27 lat, skończyłam filologię angielską i przez 4 lata pracowałam w korporacji jako tłumaczka dokumentów finansowych
- od dziecka mam zwierzęta, od 3 lat jestem wolontariuszką w schronisku na Pawiej (karmienie, spacery, socjalizacja psów lękowych, pomoc przy szczepieniach)
- zrobiłam kurs technika weterynarii (online + praktyki w lecznicy w Świdniku)
- jestem spokojna, nie panikuję przy krwi, dobrze rozmawiam ze zdenerwowanymi ludźmi
- chcę zaznaczyć, że zmieniam branżę świadomie, a nie z przypadku
Jedna strona, osobiście, bez frazesów typu "jestem osobą komunikatywną i kreatywną"."""),
(0, "summarization", "pl", "after", "notes", None, """Notatki z zebrania zarządu KS Orlęta, 5 października (spisała Beata)

obecni: Zenek (prezes), Beata (sekr), Adam (skarbnik), Iwona (szkolenie dzieci), Robert (obiekty)
- członków/zawodników 186, +22 rok do roku, najwięcej nowych w rocznikach 2015-2016
- Adam: budżet na nowe oświetlenie boiska 140 tys., gmina dokłada 60 tys., reszta: sponsor (rozmowy z piekarnią i firmą budowlaną) albo podniesienie składek o 20 zł miesięcznie
- Iwona przeciw podwyżce, dużo rodzin z trójką dzieci w klubie, Robert za. decyzja: szukamy sponsora do końca listopada, na walnym w grudniu obie opcje do głosowania
- szatnie: prysznice do remontu w wakacje, wycena 18 tys. (Robert bierze drugą ofertę)
- trenerzy: 2 nowych do młodzików, potrzebne zaświadczenia o niekaralności, Iwona ogarnia
- kawiarenka na meczach: brakuje rodziców do dyżurów w soboty, pomysł: każda rodzina min. 2 dyżury w sezonie albo 50 zł. Zenek pisze propozycję
- turniej halowy przeniesiony na luty
- następne zebranie 9 listopada

Zrób z tego krótkie podsumowanie do newslettera dla rodziców – tylko to, co ich dotyczy."""),
(1, "open_qa", "pl", "before", "form", None, """Dostałem wezwanie z CANARD:

Wykroczenie: przekroczenie dopuszczalnej prędkości o 24 km/h poza obszarem zabudowanym
Miejsce: DK7, odcinkowy pomiar prędkości, Jędrzejów
Zmierzona średnia prędkość: 114 km/h przy ograniczeniu do 90 km/h
Data: sobota, 21:14
Prośba o wskazanie kierującego w terminie 7 dni

Ile dostanę punktów i jaki mandat według obecnego taryfikatora? Jak działa ten odcinkowy pomiar, czy on może się pomylić? I co jeśli autem jeździ też żona i nie pamiętamy, kto wtedy prowadził?"""),
(0, "classification", "pl", "after", "prose", None, """Czy warto czytać lektury szkolne?

Wielu uczniów twierdzi, że lektury są nudne i oderwane od rzeczywistości. Trudno się z tym całkowicie nie zgodzić, kiedy czyta się opisy przyrody w "Nad Niemnem". Uważam jednak, że czytanie lektur ma sens, i postaram się to uzasadnić.

Po pierwsze, lektury uczą nas rozumienia przeszłości. Bez "Lalki" nie zrozumielibyśmy, jak wyglądała Warszawa w XIX wieku i jakie problemy mieli ludzie, którzy chcieli awansować społecznie. Po drugie, wiele książek porusza problemy uniwersalne. "Zbrodnia i kara" opowiada o winie i sumieniu, a te tematy są aktualne również dzisiaj. Po trzecie, czytanie trudnych tekstów rozwija słownictwo i umiejętność skupienia, której w czasach TikToka bardzo nam brakuje.

Oczywiście można by zmienić listę lektur i dodać więcej współczesnych książek, ale nie oznacza to, że klasyka jest niepotrzebna.

Podsumowując, uważam, że lektury warto czytać, ponieważ pomagają zrozumieć historię, siebie i innych ludzi.

Jaki to rodzaj tekstu: rozprawka, opowiadanie, recenzja czy artykuł prasowy? Jedno słowo."""),
(0, "classification", "pl", "after", "email", "EU-pl-p10", """"Szanowny Panie, uprzejmie informuję, że od 1 lipca czynsz najmu lokalu przy ul. Długiej 8/14 wzrasta o 6% zgodnie z §4 umowy, tj. do kwoty 2 862 zł. Z wyrazami szacunku, Anna Wiśniewska"

Formalny czy nieformalny? Informacja czy prośba? Podaj tylko dwie etykiety."""),
(1, "creative_writing", "pl", "after", "email", "EU-pl-p10", """"Szanowny Panie, uprzejmie informuję, że od 1 lipca czynsz najmu lokalu przy ul. Długiej 8/14 wzrasta o 6% zgodnie z §4 umowy, tj. do kwoty 2 862 zł. Z wyrazami szacunku, Anna Wiśniewska"

Napisz uprzejmą, ale stanowczą odpowiedź w moim imieniu: przypominam, że od marca czekam na naprawę cieknącego okna w sypialni i proszę o jej wykonanie przed podwyżką."""),
(0, "summarization", "pl", "after", "transcript", None, """"Halo, Kubuś? Tu babcia. Słuchaj, w niedzielę nie przyjedziemy na dwunastą, tylko na czternastą, bo dziadek musi jeszcze do lekarza po recepty, w sobotę mu nie wypisali. Przywiozę sernik, to nie kupujcie ciasta. I powiedz mamie, że imieniny cioci Jadzi są przesunięte na czternastego. Oddzwoń do mnie, tylko zadzwoń, nie pisz tych esemesów, bo nie widzę liter. Pa, kochanie."

Co babcia chce przekazać? W dwóch linijkach."""),
(1, "general_qa", "pl", "none", "none", None, """Od 4 lat pracuję w biurze rachunkowym i oprócz waloryzacji nie dostałam podwyżki. Za miesiąc mam rozmowę roczną. Jak się przygotować, żeby poprosić o podwyżkę i nie wyjść na roszczeniową?"""),
(1, "open_qa", "pl", "none", "none", None, """Czy 800 plus przysługuje, jeśli dziecko z mamą mieszka w Niemczech, a tata pracuje w Polsce? Jak to jest z koordynacją świadczeń w UE?"""),
(0, "summarization", "pl", "after", "prose", None, """"W związku z pracami torowymi w dniach 3–5 listopada tramwaje linii 8, 13 i 24 zostaną skierowane objazdem przez ul. Królewską. Na odcinku Rondo Grunwaldzkie – Borek kursować będzie komunikacja zastępcza oznaczona literą Z." Streść w jednym zdaniu"""),
(1, "creative_writing", "pl", "none", "none", None, """Napisz rap o staniu w korkach na Wisłostradzie rano, z refrenem który wpada w ucho i jednym wersem o hulajnogach"""),
(0, "classification", "pl", "before", "list", None, """W których zdaniach jest błąd ortograficzny? Podaj numery.
1. Wczoraj kupiłem nową książkę.
2. Musze już iść do domu.
3. Na dworzu pada deszcz.
4. Pszczoła usiadła na kwiatku.
5. Nie chce mi się dziś uczyć. """),
(0, "classification", "pl", "before", "prose", None, """pytanie czy skarga? "czemu znowu od rana nie ma ciepłej wody w bloku??" """),
(1, "creative_writing", "pl", "none", "none", None, """slogan dla warsztatu rowerowego w Toruniu, może być z piernikiem"""),
(0, "summarization", "pl", "none", "none", "EU-pl-p11", """streszczenie Quo Vadis, krótko"""),
(1, "open_qa", "pl", "none", "none", "EU-pl-p11", """za co właściwie Sienkiewicz dostał Nobla? za Quo Vadis czy za całokształt?"""),
(1, "open_qa", "pl", "none", "none", None, """czemu Warszawa ma tak mało starych kamienic w porównaniu z Krakowem?"""),
(0, "classification", "pl", "before", "list", None, """które to ssaki: foka, śledź, morświn, węgorz, wydra"""),
(1, "general_qa", "pl", "none", "none", None, """co ugotować z kiszonej kapusty oprócz bigosu? mam jej 3 kilo"""),
(0, "classification", "pl", "before", "prose", None, """formalne czy nieformalne: "siema, podeślesz mi tego pdfa?" """),
(1, "general_qa", "pl", "none", "none", None, """kiedy najlepiej jechać w Tatry, żeby nie było tłumów na szlakach?"""),
(0, "summarization", "pl", "before", "prose", None, """streść w pięciu słowach: zebranie rodziców jest przełożone na czwartek, bo dyrektor jest chory"""),
(0, "summarization", "pl", "after", "reviews", None, """Opinie gości o naszym hotelu w Sopocie z ostatnich trzech miesięcy (Booking + Google):

1. "Lokalizacja bajeczna, 5 minut do molo. Pokój czysty, ale mniejszy niż na zdjęciach. Śniadanie bardzo dobre, szczególnie jajecznica na maśle i świeże pieczywo."
2. "Obsługa recepcji bardzo uprzejma, pomogli nam zorganizować taksówkę o 4 rano na lotnisko. Minus za parking – 90 zł za dobę to rozbój."
3. "Hałas z ulicy przez całą noc, szczególnie w weekend, kiedy ludzie wracają z klubów na Monciaku. Okna nie dają rady. Poprosiliśmy o zmianę pokoju, ale nie było wolnych."
4. "Spa to największy plus tego miejsca. Sauna, jacuzzi, świetny masaż. Za to basen mały i chłodny."
5. "Rezerwowaliśmy pokój z widokiem na morze, a dostaliśmy widok na podwórko z kontenerami. Po interwencji dostaliśmy rabat 15%, ale niesmak pozostał."
6. "Śniadania przepyszne, duży wybór, także dla wegan. Kawa z ekspresu ciśnieniowego, nie z automatu – brawo!"
7. "Klimatyzacja w pokoju głośna i słabo chłodziła, w lipcu było ciężko spać."
8. "Personel restauracji przemiły, ale kolacja przeciętna i droga jak na to, co się dostaje. Lepiej iść do miasta."
9. "Czysto, ładnie, nowocześnie. Wi-fi szybkie, mogłem spokojnie pracować zdalnie."
10. "Łóżko wygodne, pościel pachnąca. Łazienka mała, brak miejsca na kosmetyki."
11. "Check-in trwał 40 minut, bo przyjechała wycieczka. Jedna osoba na recepcji to za mało w sezonie."
12. "Przyjechaliśmy z psem, hotel pet friendly naprawdę, a nie tylko na papierze. Miska i kocyk w pokoju."
13. "Cena wysoka, ale w sezonie w Sopocie wszystko jest drogie. Za tę lokalizację warto."
14. "Rano sprzątanie o 8:30 mimo zawieszki 'nie przeszkadzać'. Drobna rzecz, ale irytująca."
15. "Spa i śniadania na szóstkę, reszta na czwórkę. Wrócimy poza sezonem."
16. "Pokój od strony ulicy to pomyłka. Przez otwarte okno słychać było muzykę do trzeciej. Zamknięte okno plus głośna klimatyzacja – też nie da się spać."
17. "Bardzo miła pani w spa doradziła nam zabiegi dla mamy po operacji kolana, wszystko z wyczuciem. Za to ręczniki w pokoju były szorstkie i trochę przetarte."
18. "Parking drogi i ciasny, porysowałem lusterko na zakręcie zjazdu do garażu. Obsługa wzruszyła ramionami."
19. "Śniadanie do 10:30 to za wcześnie w wakacje, mogłoby być do 11. Poza tym jedzenie świetne, szczególnie domowe konfitury."
20. "Byliśmy w rocznicę ślubu, hotel zostawił w pokoju butelkę prosecco i kartkę z życzeniami. Mały gest, a bardzo miło."
21. "Recepcja nie odbierała telefonu przez dwa dni, kiedy chcieliśmy zmienić termin. W końcu napisaliśmy maila i odpowiedź przyszła po tygodniu."

Podsumuj te opinie dla dyrektora hotelu: najczęściej chwalone rzeczy, najczęstsze skargi (z liczbą, ile razy się pojawiają), i jedno zdanie ogólnego wniosku. Nie dawaj rekomendacji, tylko podsumowanie."""),
(1, "creative_writing", "pl", "after", "notes", None, """Notatki o dziadku do mowy pożegnalnej:
- Stanisław, urodzony w 1938 w małej wsi pod Tarnowem, najmłodszy z sześciorga rodzeństwa
- jako dziecko przeżył wojnę, opowiadał tylko jedną historię: jak z bratem ukrywali krowę w lesie, żeby jej nie zabrali, i jak krowa ciągle muczała w najgorszych momentach
- w latach 60. przeprowadził się do Nowej Huty, 35 lat przepracował w kombinacie jako spawacz
- z babcią Heleną byli małżeństwem 58 lat, poznali się na zabawie w remizie, on podobno deptał jej po nogach przez cały wieczór
- miał działkę ROD, na której hodował najlepsze pomidory w okolicy i przez 30 lat przegrywał z sąsiadem z działki obok konkurs na największą dynię, zawsze z uśmiechem
- naprawiał wszystkim rowery na osiedlu, za darmo, dzieci przychodziły do niego z przebitymi dętkami
- mówił zawsze: "Jak coś robisz, to rób porządnie, albo wcale"
- kochał Cracovię, przez 50 lat miał karnet
- w ostatnich latach chorował, ale do końca rozwiązywał krzyżówki i kłócił się z telewizorem podczas wiadomości
- miał czworo wnuków, mnie uczył jeździć na rowerze i łowić ryby na Wiśle, nigdy nic nie złowiliśmy
- zmarł spokojnie w domu, w obecności babci
- pogrzeb w kościele na Bieńczycach, będzie rodzina, sąsiedzi z działek, koledzy z huty, kilku kibiców Cracovii
- nie chcę, żeby było bardzo smutno, dziadek nie znosił płaczu, ale też nie chcę żartów, które by kogoś uraziły
- chcę zwrócić się na koniec do babci

Napisz mowę pożegnalną, którą wygłoszę jako najstarszy wnuk na pogrzebie. Około 4 minut mówienia, prosty język, kilka konkretnych historii z notatek, ciepło, z odrobiną humoru (krowa, dynie, Cracovia), zakończenie skierowane do babci Heleny."""),
(1, "open_qa", "pl", "after", "prose", None, """Wujek wysłał na grupę rodzinną ten tekst i twierdzi, że "szkoła kłamie":

"Oficjalna historia mówi, że Polska powstała w 966 roku, kiedy Mieszko I przyjął chrzest. To nieprawda. Już setki lat wcześniej istniało potężne imperium Lechitów, zwane Wielką Lechią, które rozciągało się od Łaby po Dniepr i od Bałtyku po Adriatyk. Lechiccy królowie pokonali Aleksandra Macedońskiego i Juliusza Cezara, o czym wspominają stare kroniki, między innymi kronika Prokosza. Lechici mieli własne pismo runiczne i rozwiniętą kulturę, a chrzest był w rzeczywistości najazdem obcych, którzy zniszczyli lechickie dziedzictwo i napisali historię na nowo. Watykan do dziś ukrywa w swoich archiwach dokumenty, które to potwierdzają. Dowodem są również badania genetyczne, które pokazują, że haplogrupa R1a występuje u Polaków od tysięcy lat, więc Słowianie zawsze tu mieszkali i nie przybyli z żadnego wschodu. Archeolodzy celowo pomijają znaleziska, które nie pasują do oficjalnej wersji, bo boją się utraty stanowisk. Nawet nazwa 'Lechia' pojawia się w dawnych źródłach, a Turcy do dziś nazywają Polskę 'Lehistan'. To wszystko nie jest przypadek. Czas, żebyśmy poznali prawdziwą historię naszych przodków, zanim zostanie całkowicie wymazana."

Co tu jest prawdą, co jest nadinterpretacją, a co zmyśleniem? Chodzi mi zwłaszcza o kronikę Prokosza, haplogrupę R1a, "Lehistan" i to, skąd wiemy, co było przed 966 rokiem. Chcę mu odpowiedzieć rzeczowo, bez wyśmiewania."""),
(0, "summarization", "pl", "before", "prose", "EU-pl-p12", """Zamień ten fragment instrukcji w maksymalnie 5 krótkich kroków:

Odkamienianie ekspresu
Ekspres należy odkamieniać, gdy na wyświetlaczu pojawi się komunikat "CALC" lub co najmniej raz na trzy miesiące, w zależności od twardości wody. Do odkamieniania używaj wyłącznie odkamieniacza zalecanego przez producenta; nie stosuj octu ani kwasku cytrynowego, ponieważ mogą uszkodzić uszczelki i elementy układu hydraulicznego. Przed rozpoczęciem procesu wyjmij filtr wody ze zbiornika oraz opróżnij pojemnik na fusy i tackę ociekową. Wlej do zbiornika zawartość jednej butelki odkamieniacza i uzupełnij wodą do oznaczenia MAX. Ustaw pod dyszą pary i wylewką kawy naczynie o pojemności co najmniej 1,5 litra. Wybierz w menu opcję "Odkamienianie" i potwierdź przyciskiem OK. Program trwa około 25 minut i przebiega automatycznie. Po zakończeniu wypłucz zbiornik, napełnij go świeżą wodą i uruchom cykl płukania. Na koniec ponownie załóż filtr."""),
(1, "open_qa", "pl", "before", "prose", "EU-pl-p12", """W instrukcji ekspresu piszą: "Do odkamieniania używaj wyłącznie odkamieniacza zalecanego przez producenta; nie stosuj octu ani kwasku cytrynowego, ponieważ mogą uszkodzić uszczelki i elementy układu hydraulicznego."

Czy to prawda, czy po prostu chcą mi sprzedać swój drogi odkamieniacz za 50 zł? Mama zawsze odkamieniała czajnik kwaskiem i nic się nie działo. Co jest w takim odkamieniaczu, czego nie ma w kwasku, i czy kwasek faktycznie szkodzi gumowym uszczelkom?"""),
(0, "classification", "pl", "before", "list", None, """Przypisz każdy nagłówek do działu: KRAJ, ŚWIAT, GOSPODARKA, SPORT, KULTURA, TECHNOLOGIE. Format: numer – dział.

1. Sejm przyjął ustawę o asystencji osobistej osób z niepełnosprawnościami
2. Iga Świątek awansowała do półfinału turnieju w Madrycie
3. Inflacja w marcu spadła do 2,4 procent
4. Wybory prezydenckie we Francji: pierwsza tura za nami
5. Film polskiego reżysera nagrodzony w Cannes
6. Rząd zapowiada nowe zasady dla kierowców przewozu osób
7. Polski startup pozyskał 20 mln euro na rozwój sztucznej inteligencji
8. Raków Częstochowa przegrywa na wyjeździe
9. Ceny masła rekordowo wysokie, producenci tłumaczą suszę
10. Trzęsienie ziemi w Japonii, ewakuowano tysiące osób
11. Nowa wystawa o Szymborskiej w Muzeum Narodowym w Krakowie
12. Popularny komunikator zmienia regulamin, użytkownicy protestują"""),
(1, "creative_writing", "pl", "before", "notes", None, """Prowadzę fanpage schroniska dla zwierząt pod Bydgoszczą. Potrzebuję posta adopcyjnego o trzech psach, ciepłego, z humorem, ale bez ckliwości i bez "adoptuj, nie kupuj" wielkimi literami:
- Bursztyn: 8 lat, mieszaniec owczarka, duży, spokojny, uwielbia leżeć na kocu przy kaloryferze, nie lubi kotów, nadaje się do domu z ogrodem, trafił do nas po śmierci właściciela
- Kluska: 2 lata, mała, biało-ruda, energii za trzech, kradnie skarpetki, dogaduje się z dziećmi i innymi psami, wymaga nauki chodzenia na smyczy
- Pan Hrabia: 11 lat, jamnik szorstkowłosy, ma bardzo godny chód i zdecydowane poglądy na temat pory kolacji, lekko niedosłyszy, idealny dla spokojnej osoby starszej
Na końcu: adopcja po wizycie przedadopcyjnej, kontakt przez wiadomość prywatną, w soboty dni otwarte 10–14."""),
(0, "summarization", "pl", "after", "email", None, """Od: Remonty Kowalczyk
Do: p. Nowakowie
Temat: Łazienka – harmonogram

Dzień dobry, płytki przyszły do hurtowni, więc kafelkowanie zaczynamy w poniedziałek 14. Hydraulik był w piątek, przerobił odpływ pod prysznic walk-in, wszystko szczelne.

Od: p. Nowakowie
Świetnie. Czy fugi będą w kolorze grafitowym, jak ustalaliśmy? I czy wanna z przedpokoju zostanie wywieziona?

Od: Remonty Kowalczyk
Fuga grafitowa, zgadza się. Starą wannę wywieziemy w środę razem z gruzem, kontener stoi do piątku. Prosimy jeszcze o decyzję w sprawie szafki podumywalkowej, bo ta, którą Państwo wybrali, jest niedostępna do końca miesiąca. Alternatywa: ten sam model w kolorze dąb naturalny albo czekanie.

Od: p. Nowakowie
Dąb naturalny może być. A płatność?

Od: Remonty Kowalczyk
Zaliczka 40% była na start. Kolejne 40% po położeniu płytek, ostatnie 20% po montażu armatury i odbiorze. Montaż armatury planujemy na 24–25, odbiór 26.

Podsumuj w punktach, na jakim etapie jest remont i co jeszcze musimy zrobić albo zapłacić."""),
(1, "open_qa", "pl", "after", "prose", None, """Przewodnik w muzeum techniki powiedział nam: "Polacy wynaleźli lampę naftową, kamizelkę kuloodporną, wycieraczki samochodowe, wykrywacz min i grafen. Do tego to Polacy złamali Enigmę, a Anglicy przypisali sobie zasługi."

Ile w tym prawdy? Wiem, że Łukasiewicz i lampa to prawda, ale reszta brzmi jak propaganda. Kto konkretnie stał za kamizelką i wycieraczkami? I jak naprawdę wyglądał udział Polaków i Brytyjczyków w złamaniu Enigmy?"""),
(0, "classification", "pl", "before", "list", None, """Pracuję w recepcji przychodni weterynaryjnej. Oznacz każdą wiadomość: PILNE (dziś, od razu), ZWYKŁE (wizyta w tym tygodniu) albo ADMINISTRACJA. Tylko numer i etykieta.

1. "Pies zjadł przed chwilą całą tabliczkę gorzkiej czekolady, waży 6 kg."
2. "Chciałabym umówić kota na coroczne szczepienie."
3. "Potrzebuję kopii książeczki zdrowia psa do wyjazdu za granicę."
4. "Kotka od wczoraj nie je i chowa się pod łóżkiem, ale pije."
5. "Pies został potrącony przez samochód, krwawi z łapy, jedziemy."
6. "Czy mogę zapłacić za ostatnią wizytę przelewem? Nie miałem przy sobie karty."
7. "Królik ma od kilku dni lekko łzawiące oko."
8. "Kocur próbuje się załatwić, nic nie leci, miauczy z bólu od dwóch godzin." """),
(1, "general_qa", "pl", "before", "notes", None, """Chcemy z mężem adoptować psa ze schroniska. Sytuacja: mieszkanie 52 m² w bloku na 3 piętrze bez windy, Łódź, blisko park. Oboje pracujemy, ja hybrydowo (3 dni w domu), mąż na etacie 8–16 w biurze. Mamy 7-letnią córkę, która od dwóch lat marudzi o psie, i starego kota (12 lat), który jest raczej spokojny. Nigdy nie mieliśmy psa. Budżet na start ok. 2 000 zł, potem do 300 zł miesięcznie.

Jakiego psa szukać (wiek, wielkość, charakter), o co pytać w schronisku i jak przygotować kota i mieszkanie? Czy w ogóle to dobry pomysł przy naszym trybie życia?"""),
(0, "summarization", "pl", "after", "prose", "EU-pl-p13", """"Dziesięć lat temu założyłem firmę w piwnicy u teściów. Jeden komputer, jeden klient i mnóstwo wątpliwości. Dziś zatrudniamy 31 osób, robimy oprogramowanie dla szpitali w całej Polsce i właśnie otworzyliśmy biuro w Rzeszowie. Było wszystko: klient, który nie zapłacił za pół roku pracy, pandemia, moment, w którym zostało nam pieniędzy na dwie wypłaty. Dziękuję zespołowi, który został ze mną wtedy, kiedy łatwiej było odejść, naszym klientom za zaufanie i mojej żonie, która przez dekadę słuchała przy kolacji o bugach na produkcji. Jedziemy dalej! #10lat #przedsiębiorczość #healthtech"

Daj mi tl;dr tego posta z LinkedIna w jednym zdaniu."""),
(1, "creative_writing", "pl", "after", "prose", "EU-pl-p13", """"Dziesięć lat temu założyłem firmę w piwnicy u teściów. Jeden komputer, jeden klient i mnóstwo wątpliwości. Dziś zatrudniamy 31 osób, robimy oprogramowanie dla szpitali w całej Polsce i właśnie otworzyliśmy biuro w Rzeszowie. Dziękuję zespołowi, naszym klientom i mojej żonie, która przez dekadę słuchała przy kolacji o bugach na produkcji. Jedziemy dalej! #10lat"

Byłem tym pierwszym klientem (przychodnia w Łańcucie). Napisz zabawny, ale serdeczny komentarz pod tym postem, maks. 3 zdania."""),
(0, "classification", "pl", "before", "email", None, """Czy ten list to REKLAMACJA, ZAPYTANIE czy PODZIĘKOWANIE? Jedno słowo.

Szanowni Państwo,
w sierpniu spędziliśmy z rodziną tydzień w Państwa pensjonacie w Ustce. Chciałam bardzo podziękować całemu personelowi, a zwłaszcza pani Ani z recepcji, która w nocy pojechała z nami na pogotowie, kiedy nasz syn rozciął sobie nogę na plaży, i została z nami do rana, mimo że skończyła już zmianę. Dzięki niej ten stresujący moment był dużo łatwiejszy. Śniadania były pyszne, a pokój zawsze czysty. Na pewno wrócimy w przyszłym roku i polecimy Państwa znajomym.
Z wyrazami wdzięczności,
rodzina z Poznania"""),
(1, "general_qa", "pl", "before", "notes", None, """Córka kończy 18 lat w marcu i chce "osiemnastkę jak z filmu". Budżet: max 6 000 zł. Gości ok. 40 osób (głównie znajomi z liceum), mieszkamy w Opolu. Ona chce DJ-a, fotobudkę i tort w kształcie czegoś. My z mężem chcemy, żeby było bezpiecznie i żeby nie było mocnego alkoholu dla młodszych kolegów z klasy (niektórzy mają dopiero 17). Nie wiemy, czy wynająć salę, czy robić w domu z ogrodem (ale w marcu zimno).

Jak to rozsądnie zorganizować? Jak podzielić budżet, co zarezerwować najpierw i jak rozwiązać sprawę alkoholu, żeby córka się nie obraziła?"""),
(0, "classification", "pl", "after", "verse", None, """"Znów idę wzdłuż Wisły, gdzie zawsze stałaś,
latarnie udają, że nic się nie stało,
tylko kaczki patrzą, jakby wiedziały,
że chleba mam w torbie dla dwóch za mało."

Jaka emocja dominuje w tym tekście piosenki: smutek, złość, radość czy strach? Jedno słowo."""),
(1, "open_qa", "pl", "none", "none", None, """Dlaczego Hel jest półwyspem, a nie wyspą? Słyszałem, że kiedyś w czasie sztormów zamieniał się w wyspy i że bez umacniania brzegu znowu by tak było. To prawda?"""),
(0, "summarization", "pl", "after", "reviews", None, """"Spektakl zaczyna się jak lekka komedia o rodzinnym obiedzie, ale w drugiej połowie zamienia się w bolesny rachunek krzywd. Aktorka grająca matkę jest znakomita, choć drugi akt ciągnie się niemiłosiernie, a finał wydaje się doklejony na siłę. Mimo to obraz pustego stołu zostaje w głowie na długo." Streść tę recenzję w jednym zdaniu."""),
(1, "general_qa", "pl", "none", "none", None, """Współlokator od trzech miesięcy "zapomina" oddać swoją część za prąd i internet, razem jest już ok. 450 zł. Mieszkamy we trzech na wynajmie, umowa jest na mnie. Jak to załatwić, żeby oddał i żeby nie było wojny w mieszkaniu?"""),
(1, "creative_writing", "pl", "none", "none", None, """Kolega z pracy, maszynista, po 40 latach na PKP przechodzi na emeryturę. Napisz wierszyk na kartkę od całej lokomotywowni, rymowany, zabawny, z nawiązaniem do opóźnień i do tego, że teraz w końcu będzie na czas w domu."""),
(0, "summarization", "pl", "after", "prose", "EU-pl-p14", """"Kopalnia soli w Wieliczce działała nieprzerwanie od XIII wieku do 1996 roku. Przez ponad 700 lat wydrążono w niej ok. 245 km chodników na dziewięciu poziomach, sięgających 327 metrów głębokości. Górnicy wykuli w soli kaplice, rzeźby i jeziora podziemne; najsłynniejsza jest Kaplica św. Kingi. W 1978 roku kopalnia jako jeden z pierwszych obiektów na świecie została wpisana na Listę Światowego Dziedzictwa UNESCO."

W skrócie, czym jest Wieliczka? Streść to w jednym zdaniu do prezentacji."""),
(1, "open_qa", "pl", "none", "none", "EU-pl-p14", """w skrócie: czym jest kopalnia w Wieliczce i dlaczego trafiła na listę UNESCO jako jedna z pierwszych?"""),
(0, "classification", "pl", "before", "prose", None, """poprawnie czy błędnie: "wczoraj poszłem do sklepu" """),
(0, "summarization", "pl", "none", "none", None, """o czym jest Ferdydurke? tylko krótko, plis"""),
(1, "creative_writing", "pl", "none", "none", None, """wymyśl nazwę dla podcastu o grzybobraniu, coś zabawnego"""),
(0, "classification", "pl", "before", "email", None, """phishing? "Twoje konto mObywatel zostanie zablokowane w ciągu 24h. Zaloguj się tutaj, aby je zweryfikować." """),
(1, "general_qa", "pl", "none", "none", None, """jak odgrzać pierogi z lodówki, żeby się nie skleiły i nie były gumowe?"""),
(0, "classification", "pl", "before", "list", None, """które z nich to ptaki: bocian, nietoperz, pingwin, wiewiórka, struś"""),
(1, "creative_writing", "pl", "none", "none", None, """krótkie życzenia imieninowe dla szefowej, pani Bożeny, nie za słodkie"""),
(0, "summarization", "pl", "none", "none", None, """o czym jest pierwszy odcinek Dekalogu Kieślowskiego? parę zdań"""),
(1, "open_qa", "pl", "none", "none", None, """dlaczego 11 listopada jest świętem narodowym, co się wtedy dokładnie stało?"""),
(0, "classification", "pl", "before", "prose", None, """jaki ton ma ta wiadomość: neutralny, zły czy przyjazny? "Proszę o pilny kontakt w sprawie faktury." """),
(1, "general_qa", "pl", "none", "none", None, """gdzie na Mazurach najlepiej na spływ kajakowy z dziećmi 7 i 10 lat?"""),
]
