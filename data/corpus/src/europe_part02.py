# writer europe, part 02. Each item written by hand.
ITEMS = [
(0, "summarization", "nl", "before", "prose", "EU-nl-p01", """Kun je dit in twee zinnen samenvatten voor de groepsapp van het werk?

Door een storing in de bovenleiding tussen Utrecht Centraal en Amsterdam Amstel rijden er vanochtend tot ten minste 11.00 uur geen intercity's op dit traject. Sprinters rijden met een aangepaste dienstregeling. Reizigers van en naar Schiphol worden geadviseerd via Leiden te reizen; dat kost ongeveer 30 minuten extra. NS zet beperkt bussen in tussen Utrecht en Breukelen. Volgens ProRail is de bovenleiding vermoedelijk beschadigd geraakt door een omgewaaide boom tijdens de storm van vannacht. Monteurs zijn ter plaatse, maar de reparatie wordt bemoeilijkt door de harde wind."""),
(1, "open_qa", "nl", "none", "none", "EU-nl-p01", """even kort samengevat: waarom rijden er in nederland zoveel minder treinen zodra er een beetje sneeuw ligt? in zwitserland lukt het toch ook"""),
(0, "classification", "nl", "after", "reviews", None, """1. "Eten was lauw en een uur te laat. Bezorger wel vriendelijk."
2. "Beste shoarma van Rotterdam, echt waar"
3. "Prima, niks bijzonders."
4. "Ze waren de saus vergeten en de klantenservice reageert niet. Nooit meer."
5. "Snel bezorgd, groot portie, top!"

geef per review: positief, negatief, neutraal of gemengd"""),
(1, "creative_writing", "nl", "none", "none", None, """Kun je een sinterklaasgedicht schrijven voor mijn collega Bas? Hij vergeet elke dag zijn lunch in de koelkast op kantoor en eet dan de koekjes van de hele afdeling op. Cadeau is een lunchbox met alarm. Rijmend, een beetje plagerig, ongeveer 16 regels."""),
(1, "general_qa", "nl", "none", "none", None, """We gaan met vier vrienden een lang weekend naar Texel eind mei. Fietsen huren we daar. Wat moeten we zeker doen en waar kunnen we goed eten zonder dat het meteen 40 euro p.p. kost?"""),
(0, "classification", "nl", "before", "email", None, """Is dit phishing of echt? Alleen het antwoord.

Beste heer/mevrouw,
Na de jaarlijkse berekening van uw fiscale activiteiten hebben wij vastgesteld dat u recht heeft op een teruggave van EUR 486,20. Om uw teruggave te ontvangen dient u binnen 48 uur uw gegevens te bevestigen via onderstaande link. Na deze termijn vervalt uw recht op teruggave.
Met vriendelijke groet,
Belastingdienst
belastingdienst-teruggave.nl-verify.com"""),
(1, "open_qa", "nl", "none", "none", None, """wat is eigen risico nou precies? betaal ik dat ook als ik alleen naar de huisarts ga?"""),
(0, "summarization", "nl", "after", "chat", "EU-nl-p02", """[Huis Oudegracht 88 🏠]
Lotte: jongens de energierekening is binnen, €214 voor deze maand 😳
Daan: wtf vorige maand was het 150
Sem: de verwarming staat ook de hele dag op 22
Lotte: ik werk thuis, ik ga niet zitten vernikkelen
Daan: prima maar dan betaal jij wat meer?
Lotte: serieus??
Yara: kunnen we het ook over het schoonmaakrooster hebben, de badkamer is al 2 weken niet gedaan
Sem: was Daan aan de beurt
Daan: ik had tentamens, doe het dit weekend
Yara: dat zei je vorige week ook
Lotte: voorstel: thermostaat overdag op 19, ik koop een elektrisch dekentje, en we splitten gewoon door vier
Sem: deal
Yara: oké maar Daan doet dan wel deze week badkamer én keuken
Daan: ja ja ok sorry

ik zat in de trein, wat is er nou besloten? kort samenvatten pls"""),
(1, "general_qa", "nl", "after", "chat", "EU-nl-p02", """[Huis Oudegracht 88 🏠]
Lotte: jongens de energierekening is binnen, €214 voor deze maand 😳
Daan: wtf vorige maand was het 150
Sem: de verwarming staat ook de hele dag op 22
Lotte: ik werk thuis, ik ga niet zitten vernikkelen
Daan: prima maar dan betaal jij wat meer?
Lotte: serieus??
Yara: kunnen we het ook over het schoonmaakrooster hebben, de badkamer is al 2 weken niet gedaan
Sem: was Daan aan de beurt
Daan: ik had tentamens, doe het dit weekend
Yara: dat zei je vorige week ook

Ik ben Yara. Dit gaat elke maand zo. Hoe kunnen we als huis een eerlijke regeling maken voor de energie (één iemand werkt thuis) en een schoonmaakrooster dat mensen ook echt volgen? Heb je tips of een app?"""),
(0, "classification", "nl", "before", "list", None, """welke hiervan zijn provincies? Utrecht, Eindhoven, Drenthe, Zwolle, Zeeland, Limburg, Haarlem"""),
(1, "creative_writing", "nl", "none", "none", None, """Mijn opa wordt 80 en ik moet een toespraakje houden op het feest in het dorpshuis. Hij was 40 jaar bakker in Staphorst, is gek op duiven en zegt altijd "niet lullen maar poetsen". Kun je iets schrijven van een minuut of drie, grappig maar ook lief?"""),
(0, "summarization", "nl", "before", "transcript", None, """Maak hier notulen van: besluiten, actiepunten (wie/wanneer) en openstaande punten. Zakelijk en kort.

Transcriptie teamoverleg Afdeling Wijkzaken, gemeente, dinsdagochtend

Ingrid (teamleider): Goedemorgen allemaal, we zijn compleet behalve Jeroen, die zit bij de rechtbank voor die bezwaarzaak. Drie punten vandaag: de klachten over de nieuwe afvalcontainers in de Rivierenwijk, de planning van het buurtfestival en het nieuwe zaaksysteem.
Ingrid: Eerst de containers. Fatima, jij hebt de meldingen bekeken?
Fatima: Ja. Sinds de invoering van de ondergrondse containers hebben we 86 meldingen gehad in drie weken. Het grootste deel gaat over twee dingen: de pasjes werken niet bij de container op het Maasplein, en ouderen kunnen de klep niet openkrijgen omdat die te zwaar is. Daarnaast wordt er veel afval naast de containers gezet, vooral grofvuil.
Ingrid: Die pasjes, is dat een storing of een fout in de registratie?
Fatima: Volgens de leverancier een software-update die niet goed is uitgerold. Ze zeggen het deze week op te lossen, maar dat zeiden ze vorige week ook.
Mark: Ik wil er wel bij zeggen dat het bijplaatsen al speelde voor de nieuwe containers. Dat is niet alleen een techniekprobleem.
Ingrid: Terecht. Voorstel: Fatima belt vandaag nog met de leverancier en vraagt een harde datum, schriftelijk. Mark, kun jij met de handhavers afspreken dat ze de komende twee weken extra rondes lopen bij het Maasplein en de Waalstraat?
Mark: Kan ik doen, maar ze hebben een personeelstekort. Ik vraag het voor de avonden.
Ingrid: Prima. En voor de ouderen?
Fatima: Er is een lichtere klep beschikbaar, kost ongeveer 400 euro per container. Het gaat om zes containers.
Ingrid: Dat moet ik voorleggen aan de wethouder. Ik neem het mee naar het portefeuillehoudersoverleg van donderdag.
Ingrid: Tweede punt, het buurtfestival. Sanne?
Sanne: Het festival staat gepland op zaterdag 14 september in het Wilhelminapark. Vergunning is aangevraagd, we wachten nog op het advies van de brandweer. Budget is 18.000 euro, waarvan we 12.000 al hebben vastgelegd voor podium, geluid en toiletten. Er hebben zich 23 vrijwilligers aangemeld, we zoeken er nog minstens tien, vooral voor de opbouw op vrijdagavond.
Mark: Hebben we dit jaar weer die klachten over geluid te verwachten? Vorig jaar was het tot elf uur en dat vonden de bewoners aan de parkkant te laat.
Sanne: We stoppen dit jaar om tien uur met versterkte muziek. Dat staat ook in de vergunningaanvraag.
Ingrid: Goed. Sanne, kun je een oproep voor vrijwilligers maken voor de gemeentepagina en de wijkkrant? Uiterlijk volgende week.
Sanne: Doe ik.
Ingrid: Laatste punt, het zaaksysteem. We gaan per 1 oktober over. Er is een training op 18 en 19 september, iedereen moet één van de twee dagen. Vragen?
Fatima: Worden de oude meldingen meegenomen?
Ingrid: Alleen de lopende zaken. Afgesloten zaken blijven in het oude systeem, alleen-lezen, tot eind volgend jaar.
Mark: En wie is aanspreekpunt als het vastloopt?
Ingrid: Dat weet ik nog niet, dat zoek ik uit bij ICT. Oké, dan sluit ik af. Volgende week zelfde tijd."""),
(1, "open_qa", "nl", "after", "code", None, """async function haalGebruiker(id) {
  const res = await fetch(`/api/gebruikers/${id}`);
  return res.json();
}

const gebruiker = haalGebruiker(42);
console.log(gebruiker.naam);

waarom krijg ik hier undefined? de api geeft wel gewoon een naam terug als ik hem in de browser open"""),
(0, "classification", "nl", "inline", "chat", None, """SYSTEEM: Je bent de routeringsassistent van een energieleverancier. Kies voor elk bericht precies één categorie: METERSTANDEN, FACTUUR, VERHUIZING, STORING, OVERIG. Antwoord alleen met de categorie.
KLANT: Hoi, wij gaan 1 maart verhuizen van Zwolle naar Deventer, kan ik mijn contract meenemen naar het nieuwe adres?
ASSISTENT:"""),
(1, "general_qa", "nl", "none", "none", None, """tips om te wennen aan fietsen in Amsterdam als expat? ik ben echt bang voor de scooters en de trams"""),
(0, "summarization", "nl", "none", "none", "EU-nl-p03", """samenvatting van De Aanslag van Harry Mulisch, kort graag"""),
(1, "open_qa", "nl", "none", "none", "EU-nl-p03", """waarom wordt De Aanslag van Mulisch zo vaak op school gelezen? wat wil hij er eigenlijk mee zeggen over schuld"""),
(0, "classification", "nl", "after", "prose", None, """"De Tweede Kamer heeft dinsdag ingestemd met een verhoging van het minimumloon met 3,2 procent per 1 januari. De oppositie wilde een grotere stijging."

Onder welke rubriek valt dit bericht: binnenland, buitenland, economie, sport of cultuur? Eén woord."""),
(1, "creative_writing", "nl", "none", "none", None, """Bedenk 10 namen voor een koffiezaakje in Utrecht bij de Oudegracht. Liefst iets met een knipoog, geen Engelse namen."""),
(1, "open_qa", "nl", "none", "none", None, """Hoe zit dat nou met de hypotheekrenteaftrek? Ik hoor steeds dat die gaat verdwijnen, maar wat betekent dat concreet voor iemand die nu een huis koopt?"""),
(0, "summarization", "nl", "after", "email", None, """Onderwerp: Nieuw thuiswerkbeleid per 1 januari

Beste collega's,

Zoals aangekondigd tijdens de personeelsbijeenkomst in november, gaat per 1 januari het nieuwe hybride werkbeleid in. De belangrijkste wijzigingen zijn als volgt. Iedere medewerker werkt minimaal twee dagen per week op kantoor; welke dagen dat zijn stem je af binnen je team. Op dinsdag verwachten we iedereen op kantoor, omdat dan de afdelingsoverleggen plaatsvinden. De thuiswerkvergoeding wordt verhoogd naar €2,35 per thuiswerkdag en wordt maandelijks met het salaris uitbetaald op basis van je registratie in het urenportaal. De reiskostenvergoeding blijft €0,23 per kilometer, maar wordt vanaf nu alleen nog vergoed voor de dagen dat je daadwerkelijk naar kantoor reist. Medewerkers die een ergonomische thuiswerkplek willen inrichten, kunnen eenmalig maximaal €400 declareren voor een bureaustoel of bureau, mits aangeschaft na 1 januari. Tot slot: in de open werkruimte gaan we werken met flexplekken; vaste plekken vervallen, met uitzondering van collega's met een medische indicatie.

Heb je vragen, neem dan contact op met je leidinggevende of met HR.

Met vriendelijke groet,
Afdeling HR

wat verandert er concreet voor mij? in 4 bullets"""),
(1, "general_qa", "nl", "none", "none", None, """Ik ben 25, heb nog 18k studieschuld (DUO, lage rente) en 6000 euro op een spaarrekening. Moet ik extra aflossen, gaan beleggen of gewoon sparen? Ik wil over 5 jaar misschien een huis kopen."""),
(0, "classification", "nl", "before", "list", None, """welke zijn geen kaas: Gouda, Leerdammer, hagelslag, Edammer, boerenkool, Old Amsterdam"""),
(1, "creative_writing", "nl", "before", "none", None, """Schrijf een voorleesverhaal met deze eisen:
- hoofdpersoon is een kikker die Wout heet en in een sloot in de polder woont
- Wout wil de molen zien draaien, maar de molen staat stil omdat het niet waait
- er moet een vriendschap ontstaan met een meeuw die eigenlijk een beetje bang is voor water
- maximaal 400 woorden, korte zinnen, voor kinderen van 4 tot 6
- geen moraal aan het eind, wel een grappige laatste zin
- een zin die steeds terugkomt zodat de kinderen mee kunnen roepen
- titel bovenaan, geen emoji's
Ik lees het voor in groep 1-2 tijdens de kinderboekenweek, het thema dit jaar is "natuur"."""),
(0, "summarization", "nl", "before", "reviews", "EU-nl-p04", """Vat samen wat gasten goed en slecht vinden aan onze camping, ik wil het in het teamoverleg bespreken:

- "Prachtige plek aan het water, kinderen hebben zich vermaakt. Sanitair was wel erg gedateerd en 's avonds vies."
- "Vriendelijk personeel, de beheerder kwam zelfs vragen of alles goed was. Wifi alleen bij de receptie."
- "Plaatsen zijn ruim, maar de grond was na één regenbui een modderpoel."
- "Douches koud na 9 uur 's ochtends. Verder prima."
- "Het speeltuintje is top, de snackbar minder: 30 minuten wachten op een frikandel."
- "Rustig en groen, precies wat we zochten. Wel jammer dat honden alleen op het hondenveld mogen."
- "Toiletgebouw echt aan vervanging toe, de rest was keurig." """),
(1, "general_qa", "nl", "before", "reviews", "EU-nl-p04", """We hebben een kleine camping in Overijssel (45 plaatsen) en krijgen steeds dit soort reviews:
- "Sanitair was wel erg gedateerd en 's avonds vies."
- "Douches koud na 9 uur 's ochtends."
- "Wifi alleen bij de receptie."
- "Plaatsen na één regenbui een modderpoel."
We hebben deze winter zo'n 25.000 euro te besteden. Waar beginnen we mee en wat zou jij laten liggen?"""),
(1, "open_qa", "nl", "none", "none", None, """waarom is nederland eigenlijk zo plat"""),
(0, "classification", "nl", "after", "prose", None, """"Goedemiddag, mijn pakket is volgens Track & Trace bezorgd maar ik heb niks ontvangen en de buren ook niet."

Kies de intentie: retour, bezorgprobleem, betaling, productvraag"""),
(0, "classification", "nl", "before", "list", None, """Welke hoort er niet bij? Ajax, PSV, Feyenoord, Anderlecht, AZ"""),
(1, "creative_writing", "nl", "none", "none", None, """kort liedje voor peuters over opruimen, op de melodie van vader jacob"""),
(1, "general_qa", "nl", "none", "none", None, """Mijn collega presenteert steeds mijn analyses in het MT alsof hij ze zelf gemaakt heeft. Hij is niet mijn leidinggevende. Hoe pak ik dit aan zonder dat het een rel wordt?"""),
(0, "summarization", "nl", "before", "notes", None, """maak van mijn aantekeningen een korte samenvatting in lopende tekst (voor mijn toets geschiedenis):

80-jarige oorlog 1568-1648. opstand nederlanden tegen spanje (filips II). oorzaken: religie (calvinisme vs katholiek, beeldenstorm 1566), belastingen (tiende penning alva), centralisatie -> edelen verliezen macht. willem van oranje leider. 1572 den briel ingenomen door watergeuzen. 1579 unie van utrecht (noord) vs unie van atrecht (zuid). 1581 plakkaat van verlatinghe = filips afgezet. 1584 willem vermoord in delft. daarna maurits. twaalfjarig bestand 1609-1621. einde: vrede van münster 1648, republiek erkend."""),
(1, "open_qa", "nl", "none", "none", None, """Waarom zeggen we Holland als we Nederland bedoelen? Is dat fout?"""),
(0, "summarization", "nl", "after", "story", None, """De veerman van Nes had in zijn hele leven nog nooit een dag overgeslagen. Elke ochtend om kwart over zes gooide hij de trossen los, startte de oude diesel die hoestte als een rookverslaafde, en voer hij de vijfhonderd meter naar de overkant, waar de eerste fietsers al stonden te wachten met hun handen diep in hun zakken. Hij heette Klaas, zoals zijn vader, en zijn vader voor hem. Op de pont hing een bordje: "Overtocht 1 euro. Honden gratis. Klagen ook."

Die winter bevroor de rivier. Niet zomaar een laagje, maar echt: voor het eerst in zevenentwintig jaar lag er ijs dat je kon dragen. De gemeente sloot de pont "tot nader order". Klaas zat thuis aan de keukentafel en keek door het raam naar de rivier, waar kinderen schaatsten op de plek waar normaal zijn boot lag. Zijn vrouw zei dat hij van de rust moest genieten. Hij zei dat hij niet wist hoe dat moest.

Op de derde dag zag hij mevrouw Hoekstra aan de waterkant staan. Ze was tachtig, woonde aan de overkant en ging elke dinsdag met de pont naar haar zus in het dorp. Nu stond ze daar met haar boodschappentas en keek naar het ijs alsof het haar persoonlijk beledigd had. Klaas trok zijn jas aan, pakte de oude slee van zijn kleinzoon uit de schuur en liep naar buiten.

"U gaat toch niet lopen?" vroeg hij.
"Ik ga naar mijn zus," zei mevrouw Hoekstra. "Het is dinsdag."
"Dan gaat u zitten," zei Klaas, en hij wees naar de slee.

Zo trok hij haar over de rivier, langzaam, met een touw om zijn middel, terwijl de schaatsende kinderen stopten om te kijken. Aan de overkant stond een van de vaste fietsers, die hem herkende en begon te klappen. Het nieuws ging sneller rond dan de pont ooit had gevaren. De volgende ochtend om kwart over zes stonden er zes mensen aan de waterkant: twee met een slee, één met een stoel op ijzers, drie gewoon te wachten.

Klaas deed het een week lang. Hij nam geen geld aan, al stopte iemand een briefje van vijf in zijn handschoen. Op de laatste dag van de vorst kwam er een verslaggever van de regionale krant die hem vroeg waarom hij het deed. Klaas dacht lang na. "Het is mijn overtocht," zei hij toen. "Die doe je niet een paar dagen niet omdat het water even anders is."

Toen het ijs smolt en de pont weer mocht varen, hing er een nieuw bordje naast het oude. Iemand had het gemaakt van een stuk drijfhout en er met brandende letters op gezet: "Ook bij ijs." Klaas heeft nooit gevraagd wie het was. Hij heeft het ook nooit weggehaald.

Kun je dit verhaal samenvatten in maximaal 80 woorden? Het is voor het leesdossier van mijn dochter in de brugklas."""),
(0, "summarization", "nl", "before", "email", "EU-nl-p05", """Wat staat hier nou eigenlijk in? Vat samen in gewone taal:

Geachte bewoner,

Hierbij informeren wij u dat de gemeenteraad op 12 maart heeft besloten het gebied rondom de Kanaalstraat, de Lombokstraat en het Moskeeplein met ingang van 1 juli aan te wijzen als betaald parkeergebied (vergunningsgebied B3). Vanaf die datum geldt in dit gebied betaald parkeren van maandag tot en met zaterdag van 9.00 tot 23.00 uur. Bewoners kunnen één parkeervergunning per huishouden aanvragen; de kosten bedragen €96 per jaar. Een tweede vergunning is alleen mogelijk indien de wachtlijst dit toelaat en kost €288 per jaar. Bezoekers van bewoners kunnen parkeren met een bezoekersregeling tegen een gereduceerd tarief van €0,60 per uur, met een maximum van 40 uur per maand. Bedrijven in het gebied kunnen een bedrijfsvergunning aanvragen. De aanvraag voor een vergunning kunt u vanaf 1 mei indienen via het digitale loket met uw DigiD.

Tegen dit besluit kunt u binnen zes weken na de dag van bekendmaking bezwaar maken bij het college van burgemeester en wethouders.

Met vriendelijke groet,
Afdeling Parkeren"""),
(1, "general_qa", "nl", "before", "email", "EU-nl-p05", """Ik kreeg deze brief van de gemeente:

"...het gebied rondom de Kanaalstraat, de Lombokstraat en het Moskeeplein wordt met ingang van 1 juli aangewezen als betaald parkeergebied. Bewoners kunnen één parkeervergunning per huishouden aanvragen; de kosten bedragen €96 per jaar. Een tweede vergunning is alleen mogelijk indien de wachtlijst dit toelaat en kost €288 per jaar. Tegen dit besluit kunt u binnen zes weken bezwaar maken."

Wij hebben twee auto's, mijn vriend heeft een busje voor zijn werk als stukadoor en rijdt elke dag om zes uur weg. Heeft het zin om bezwaar te maken? En hoe doe ik dat dan, moet ik daar een advocaat voor hebben? Of kunnen we het beter op een andere manier oplossen?"""),
(0, "classification", "nl", "before", "list", None, """Deel deze berichten van onze fietsenwebshop in bij het juiste team: WERKPLAATS, KLANTENSERVICE, FINANCIËN of MAGAZIJN. Geef per nummer alleen het team.

1. "Mijn e-bike geeft foutcode E-07 na twee weken, de accu laadt niet meer op."
2. "Ik heb twee keer betaald voor dezelfde bestelling, graag één bedrag terug."
3. "Wanneer is de Gazelle Ultimate in maat 57 weer op voorraad?"
4. "Kan ik mijn fiets laten ophalen voor de jaarlijkse onderhoudsbeurt?"
5. "De bezorger heeft de doos beschadigd afgeleverd, het spatbord is gebroken."
6. "Graag een factuur op naam van mijn bedrijf, voor de fietsregeling van mijn werkgever."
7. "Ik wil mijn bestelling annuleren, hij is nog niet verzonden volgens mij."
8. "De remmen piepen heel hard sinds ik ze heb laten afstellen bij jullie." """),
(1, "open_qa", "nl", "before", "prose", None, """Dit staat in mijn huurcontract (vrije sector, Den Haag, €1.450 per maand):

"Artikel 6. Servicekosten. Huurder betaalt maandelijks een voorschot servicekosten van €125, bestaande uit schoonmaak van de gemeenschappelijke ruimten, tuinonderhoud, glasbewassing en een vergoeding voor administratiekosten van de verhuurder. Een jaarlijkse afrekening van de servicekosten vindt niet plaats."

"Artikel 9. Bij beëindiging van de huurovereenkomst is huurder verplicht de woning te laten schilderen door een door verhuurder aangewezen schildersbedrijf, ongeacht de staat van de woning."

Is dit allemaal toegestaan? Ik dacht dat een verhuurder verplicht was om jaarlijks af te rekenen. En dat schilderen, kan dat zomaar?"""),
(0, "summarization", "nl", "before", "transcript", None, """Vat dit stuk uit een podcast samen in vijf zinnen:

"...kijk, het probleem is niet dat er te weinig gebouwd wordt, dat hoor je vaak, maar dat klopt maar half. Er wordt wel gebouwd, alleen niet het juiste. We bouwen veel dure koopwoningen aan de rand van steden en heel weinig middenhuur voor mensen met een gewoon salaris, een leraar, een verpleegkundige. En tegelijk zie je dat starters concurreren met beleggers die panden opkopen om ze te verhuren. Dat is de afgelopen jaren een beetje aangepakt met de opkoopbescherming, maar niet overal. Dan heb je de stikstofcrisis, die heeft bouwprojecten jaren stilgelegd. En de bouwkosten zijn door de inflatie enorm gestegen, dus projectontwikkelaars haken af omdat het niet meer rendabel is. Mijn punt is: als je alleen maar 'bouwen, bouwen, bouwen' roept, los je het niet op. Je moet ook kijken naar wat je bouwt, voor wie, en waar. En misschien ook naar het feit dat heel veel mensen alleen in een gezinswoning wonen omdat er geen kleinere woning is om naar te verhuizen..." """),
(1, "creative_writing", "nl", "after", "notes", None, """Product: ambachtelijke stroopwafels, gebakken in Gouda volgens recept uit 1932, roomboter, echte bietenstroop, verpakt per 8 in blik met Delfts blauw motief, houdbaar 3 maanden, €12,50 per blik. Geschikt als relatiegeschenk, ook met eigen logo op het blik vanaf 50 stuks.

Schrijf een productbeschrijving voor onze webshop van ongeveer 100 woorden, plus een korte versie van 2 zinnen voor Instagram. Toon: warm, Hollands, een tikje humor, niet te toeristisch."""),
(0, "classification", "nl", "before", "transcript", None, """Beoordeel dit klantgesprek: is het probleem opgelost (JA/NEE) en hoe was de toon van de klant aan het eind (positief/neutraal/negatief)?

Medewerker: Goedemiddag, u spreekt met Mirjam van de klantenservice.
Klant: Ja hallo, ik bel al voor de derde keer over mijn internet, het valt elke avond rond acht uur weg.
Medewerker: Wat vervelend. Ik zie dat er twee eerdere meldingen zijn. Ik ga even een meting op uw lijn doen.
Klant: Dat hebben ze de vorige keer ook gedaan.
Medewerker: Ik zie nu wel iets anders: er is een storing in de wijkkast bij u in de straat, die is sinds gisteren bekend. Een monteur is ingepland voor donderdag.
Klant: Donderdag? Ik werk thuis.
Medewerker: Ik begrijp het. Ik kan u een mobiele wifi-router toesturen die morgen bezorgd wordt, kosteloos, totdat het verholpen is. En ik zet een compensatie van één maand abonnementskosten voor u klaar.
Klant: Nou, dat is tenminste iets. Maar ik wil wel gebeld worden als het klaar is.
Medewerker: Dat noteer ik. U wordt donderdag na het bezoek van de monteur gebeld.
Klant: Oké. Dankjewel."""),
(1, "general_qa", "nl", "before", "notes", None, """Allee, hier is mijn cv, kunt ge mij zeggen voor wat voor jobs ik best solliciteer?

- Bachelor Toegepaste Informatica, Hogeschool Gent, 2019
- 2019-2021: helpdeskmedewerker bij een ziekenfonds in Gent (1ste lijn, tickets, Windows, Active Directory)
- 2021-nu: systeembeheerder bij een kmo in Aalst (30 werknemers): netwerk, back-ups, Microsoft 365, wat scripting in PowerShell, aankoop van hardware
- Certificaten: ITIL Foundation, AZ-900
- Talen: Nederlands, Engels goed, Frans gemiddeld
- Hobby's: ik ben trainer bij een jeugdvoetbalploeg

Ik ben 29, verdien nu ongeveer 3.100 bruto, en ik zou graag meer in de cloud willen werken, liefst niet in Brussel want ik wil niet elke dag in de file staan. Wat raad ge mij aan, en welke certificaten zouden het meeste helpen?"""),
(0, "summarization", "nl", "after", "email", "EU-nl-p06", """Van: Evelien (HR)
Onderwerp: Bedrijfsuitje vrijdag 20 september

Hoi allemaal, het uitje is rond! We gaan naar de Biesbosch: om 13.00 vertrek met de bus vanaf kantoor, 14.00 fluisterboottocht, 16.00 kanoën (optioneel, voor wie niet wil is er een wandeling met een boswachter), 18.30 barbecue bij het bezoekerscentrum. Terug rond 22.00.

Van: Rick
Moet ik zelf kano-kleding meenemen?

Van: Evelien
Ja, neem een set droge kleren mee en schoenen die nat mogen worden. Dieetwensen graag uiterlijk maandag doorgeven aan Noor.

Van: Noor
Ik heb al drie vegetariërs en één glutenvrij. Nog meer?

Van: Kevin
Ik ben halal, en ik kom zelf met de auto want ik moet om 20.00 weg.

Van: Evelien
Prima Kevin. Rick, jij had aangeboden de speakers mee te nemen voor de bbq? En Sophie regelt de prijzen voor de kanowedstrijd.

Van: Sophie
Klopt, budget was 100 euro toch?

Kun je samenvatten wat ik moet weten en wie wat regelt?"""),
(1, "creative_writing", "nl", "after", "email", "EU-nl-p06", """Van: Evelien (HR)
Onderwerp: Bedrijfsuitje vrijdag 20 september

Hoi allemaal, het uitje is rond! We gaan naar de Biesbosch: om 13.00 vertrek met de bus vanaf kantoor, 14.00 fluisterboottocht, 16.00 kanoën (optioneel), 18.30 barbecue bij het bezoekerscentrum. Terug rond 22.00. Dieetwensen graag uiterlijk maandag doorgeven aan Noor. Sophie regelt de prijzen voor de kanowedstrijd.

Ik ben Sophie. Schrijf een reply-all waarin ik een paar grappige prijzen voorstel voor de kanowedstrijd (budget 100 euro), vraag wie er in de jury wil, en meld dat ik zelf niet ga kanoën vanwege mijn knie maar wel de wandeling doe. Kort en luchtig."""),
(0, "summarization", "nl", "after", "code", None, """import requests
import pandas as pd

# haalt de actuele waterstanden op van een paar meetpunten
MEETPUNTEN = ["LOBH", "NIJM", "DEVE", "ZALT"]

def haal_standen():
    rijen = []
    for code in MEETPUNTEN:
        r = requests.get(f"https://example.org/api/waterstand/{code}", timeout=10)
        r.raise_for_status()
        data = r.json()
        rijen.append({"meetpunt": code, "stand_cm": data["waarde"], "tijd": data["tijdstip"]})
    return pd.DataFrame(rijen)

def waarschuw(df, grens=1500):
    te_hoog = df[df["stand_cm"] > grens]
    for _, rij in te_hoog.iterrows():
        print(f"LET OP: {rij['meetpunt']} staat op {rij['stand_cm']} cm ({rij['tijd']})")
    return len(te_hoog)

if __name__ == "__main__":
    df = haal_standen()
    df.to_csv("standen.csv", index=False)
    n = waarschuw(df)
    print(f"{n} meetpunt(en) boven de grens")

leg in een paar zinnen uit wat dit script doet, voor in de README"""),
(1, "open_qa", "nl", "before", "notes", None, """Mijn dochter van 3 heeft sinds twee dagen koorts (tot 39,4), en vanochtend toen de koorts weg was kreeg ze ineens kleine roze vlekjes op haar buik en rug. Ze jeuken niet en als ik erop druk worden ze even wit. Ze is wel hangerig maar drinkt goed en plast normaal. Ze gaat naar de opvang, daar was vorige week iets met een virus rond.

Wat kan dit zijn? Moet ik vandaag nog naar de huisarts of de huisartsenpost bellen, of kan ik het aankijken?"""),
(0, "classification", "nl", "after", "list", None, """Antwoorden op de open vraag "Wat vond u van Koningsdag dit jaar in onze gemeente?" uit onze bewonersenquête:

1. "Heel gezellig, de vrijmarkt in het centrum was groter dan vorig jaar en de sfeer was top."
2. "Veel te druk en veel te veel afval op straat de dag erna. Wie ruimt dat op?"
3. "Ik ben niet gegaan."
4. "Leuk voor de kinderen, de spelletjes bij het wijkcentrum waren goed georganiseerd."
5. "De muziek op het plein was tot één uur 's nachts, ik woon ernaast en heb geen oog dichtgedaan."
6. "Prima, niet beter of slechter dan andere jaren."
7. "Fantastisch dat er dit jaar ook een rustige zone was voor mensen met prikkelgevoeligheid. Ga zo door!"
8. "Het was wel oké maar de toiletten waren vies en er waren er te weinig."
9. "Mijn dochter heeft voor het eerst zelf spullen verkocht en 23 euro verdiend, ze was zo trots."
10. "Weet ik niet, ik was die dag aan het werk."
11. "De politie was heel vriendelijk en behulpzaam, chapeau."
12. "Dronken jongeren die in mijn voortuin plasten. Elk jaar hetzelfde. Doe er eens wat aan."
13. "Goed georganiseerd, maar de parkeerplaatsen waren allemaal afgesloten zonder dat dat duidelijk was aangekondigd."
14. "Een van de mooiste Koningsdagen tot nu toe, het weer hielp natuurlijk ook mee."
15. "Neutraal. Ik heb er weinig van gemerkt."
16. "Het kinderkoor bij de aubade was ontroerend mooi, complimenten aan de juffen."
17. "Ik vind het hele feest achterhaald, maar goed, dat is mijn mening."
18. "Waarom moest de bus de hele dag omrijden? Ik kon mijn moeder in het verzorgingshuis niet bezoeken."
19. "Mooi dat de lokale ondernemers een eigen straat hadden, ik heb heerlijk gegeten bij de foodtrucks."
20. "Gezellig, maar ik miste de traditionele spelletjes zoals koekhappen en zaklopen."
21. "Veilig en goed geregeld, ik voelde me met mijn kinderen nergens onprettig."
22. "Te veel kraampjes van commerciële partijen, het voelde meer als een braderie dan als een vrijmarkt."
23. "Prachtige dag gehad met de hele familie, volgend jaar weer!"
24. "Geen mening."
25. "De vrijwilligers verdienen een pluim, die hebben keihard gewerkt."
26. "Het begon goed, maar na vier uur werd het een zuipfestijn en zijn we naar huis gegaan."
27. "Ik vond de nieuwe route van de optocht veel beter, je kon alles goed zien."
28. "Er waren geen invalidenparkeerplaatsen in de buurt van het centrum, met mijn rolstoel was het onmogelijk."
29. "Gewoon een normale dag voor mij."
30. "Dank aan de gemeente voor de gratis waterpunten, met die hitte was dat echt nodig."

Geef voor elk antwoord het sentiment: POSITIEF, NEGATIEF, GEMENGD of NEUTRAAL (ook als iemand er niet was). Alleen nummer en label, één per regel. Tel daarna op hoeveel er van elke categorie zijn."""),
(0, "classification", "nl", "before", "prose", None, """Nederlands of Afrikaans? "Ek het nie geweet dat jy vandag sou kom nie." """),
(1, "creative_writing", "nl", "none", "none", None, """Na negen jaar bij de gemeente stop ik en ga ik in het onderwijs werken. Schrijf een afscheidsmail aan mijn collega's, niet te zoetsappig, met een knipoog naar de eeuwige vergaderingen en de koffieautomaat op de derde verdieping die altijd kapot is."""),
(0, "summarization", "nl", "after", "prose", None, """"Het KNMI heeft voor de provincies Noord-Holland, Friesland en Groningen code oranje afgegeven vanwege zware windstoten tot 110 kilometer per uur, die vanaf woensdagmiddag verwacht worden. Rijkswaterstaat raadt weggebruikers met caravans en aanhangers af om de weg op te gaan. Ook kan het treinverkeer hinder ondervinden." In één zin graag"""),
(1, "open_qa", "nl", "none", "none", None, """Wat is eigenlijk het verschil tussen een eenmanszaak en een bv als het gaat om belasting? Vanaf welke winst is een bv slimmer, ongeveer? Ik ben zzp'er in de bouw."""),
(0, "classification", "nl", "before", "list", None, """Label elk ticket als BUG of FEATURE REQUEST:
- "Na de laatste update kan ik niet meer inloggen met mijn Google account"
- "Zou fijn zijn als ik facturen kan exporteren naar Exact"
- "De datumpicker toont de verkeerde maand als ik in januari zit"
- "Graag een dark mode in de app"
- "De zoekfunctie geeft een 500 error bij woorden met een apostrof" """),
(1, "general_qa", "nl", "none", "none", None, """ik wil in de zomer met de trein van Utrecht naar Berlijn en dan door naar Praag. hoe boek ik dat het goedkoopst? interrail of losse tickets? we zijn met z'n tweeën, allebei 30"""),
(0, "summarization", "nl", "after", "verse", "EU-nl-p07", """Mijn moeder vouwt de was
zoals anderen bidden:
eerst de lakens, dan de handdoeken,
dan de sokken, paar voor paar,
alsof zolang alles gevouwen is
niemand weg kan gaan.
Vandaag vond ik één sok
zonder zijn andere helft.
Ik heb hem niet weggegooid.

Waar gaat dit gedicht over? Leg het in twee zinnen uit."""),
(1, "creative_writing", "nl", "after", "verse", "EU-nl-p07", """Mijn moeder vouwt de was
zoals anderen bidden:
eerst de lakens, dan de handdoeken,
dan de sokken, paar voor paar,
alsof zolang alles gevouwen is
niemand weg kan gaan.
Vandaag vond ik één sok
zonder zijn andere helft.
Ik heb hem niet weggegooid.

Schrijf een tweede gedicht als antwoord hierop, vanuit de moeder, in dezelfde stijl: vrij vers, kort, alledaagse beelden."""),
(0, "classification", "nl", "before", "list", None, """welke van deze zinnen zijn sarcastisch? geef de letters
a) "Geweldig, alweer een vergadering die ook een mail had kunnen zijn."
b) "Dank je voor je hulp gisteren, echt fijn."
c) "Oh ja hoor, NS is altijd zo lekker op tijd."
d) "Ik kijk uit naar de vakantie."
e) "Tuurlijk, ik werk graag in het weekend zonder extra betaling." """),
(0, "classification", "nl", "before", "email", None, """spam? "Gefeliciteerd! U heeft een cadeaukaart van €500 gewonnen. Vul uw bankgegevens in om uw prijs te claimen." """),
(1, "creative_writing", "nl", "none", "none", None, """Vertel een mop over Nederlanders en zuinigheid, alsof een Belg hem vertelt"""),
(0, "summarization", "nl", "none", "none", None, """korte samenvatting van Max Havelaar"""),
(1, "open_qa", "nl", "none", "none", None, """wie was Multatuli eigenlijk en waarom was hij zo boos op Nederland?"""),
(1, "general_qa", "nl", "none", "none", None, """wat moet ik de avond voor een halve marathon eten? en het ontbijt?"""),
(0, "classification", "nl", "before", "prose", None, """positief of negatief: "nou lekker dan, weer regen op koningsdag" """),
(1, "open_qa", "nl", "none", "none", None, """waarom eten nederlanders hagelslag op brood en de rest van de wereld niet"""),
(0, "classification", "nl", "before", "list", None, """de of het? huis, boom, meisje, fiets, water, tafel"""),
(1, "creative_writing", "nl", "none", "none", None, """haiku over de polder in de ochtendmist"""),
(0, "summarization", "nl", "none", "none", None, """tl;dr van de film Soldaat van Oranje"""),
(1, "general_qa", "nl", "none", "none", None, """Welke boeken raden jullie aan voor iemand die net Nederlands leert, niveau A2?"""),
(0, "classification", "nl", "before", "list", None, """Nederland of België? Brugge, Gent, Maastricht, Antwerpen, Leuven, Venlo"""),
(0, "summarization", "nl", "after", "email", None, """Onderwerp: Jaarverslag en uitnodiging ALV – VvE Parkzicht

Beste eigenaren,

Hierbij ontvangt u het jaarverslag over het afgelopen boekjaar en de uitnodiging voor de Algemene Ledenvergadering op donderdag 17 april om 19.30 uur in de recreatiezaal op de begane grond.

1. Financiën
De totale exploitatiekosten bedroegen €112.400, tegen een begroting van €104.000. De overschrijding van €8.400 wordt grotendeels verklaard door de gestegen energiekosten voor de gemeenschappelijke verlichting en de liften (+€5.100) en door een onvoorziene reparatie aan de dakbedekking boven trappenhuis B na de storm in februari (€3.900). Het reservefonds voor groot onderhoud staat per 31 december op €287.000. Conform het meerjarenonderhoudsplan (MJOP) zou dit eind dit jaar €310.000 moeten zijn. Het bestuur stelt daarom voor de maandelijkse bijdrage aan het reservefonds met 6% te verhogen per 1 juli.

2. Onderhoud
In het afgelopen jaar zijn de galerijvloeren van blok A opnieuw gecoat en is de intercominstallatie vervangen. Voor dit jaar staan gepland: het schilderwerk van de kozijnen aan de zuidgevel (begroot €46.000) en het vervangen van de verlichting in de parkeergarage door ledverlichting met bewegingssensoren, wat naar verwachting zo'n €2.000 per jaar aan energie bespaart. Daarnaast heeft een adviesbureau onderzoek gedaan naar verduurzaming. Het advies is om de komende vijf jaar stapsgewijs over te gaan op zonnepanelen op het dak en betere isolatie van de vloeren boven de bergingen. De totale investering wordt geschat op €180.000, waarvan een deel mogelijk gesubsidieerd kan worden. Hierover wordt tijdens de ALV een eerste verkennende discussie gevoerd; er wordt nog niet over gestemd.

3. Overlast en huisregels
Het bestuur heeft dit jaar opnieuw meldingen ontvangen over fietsen en kinderwagens in de gangen en op de galerijen. Dit is in strijd met het huishoudelijk reglement en met de brandveiligheidseisen. Na één schriftelijke waarschuwing zullen spullen vanaf 1 mei worden verwijderd. Ook zijn er klachten over geluidsoverlast door verhuur van appartementen via kortetermijnverhuurplatforms. Het bestuur stelt voor het reglement aan te passen zodat toeristische verhuur expliciet niet is toegestaan.

4. Bestuur
Penningmeester mevrouw De Wit treedt na zes jaar af en stelt zich niet herkiesbaar. Kandidaten voor de functie van penningmeester kunnen zich tot 1 april melden bij de secretaris. Het bestuur bedankt mevrouw De Wit hartelijk voor haar inzet.

Agenda ALV
1. Opening en vaststelling agenda
2. Notulen vorige vergadering
3. Jaarrekening en décharge bestuur
4. Voorstel verhoging bijdrage reservefonds (stemming)
5. Wijziging huishoudelijk reglement: verbod op toeristische verhuur (stemming)
6. Verkiezing penningmeester
7. Verduurzaming: verkennende discussie
8. Rondvraag en sluiting

Kunt u niet aanwezig zijn, dan kunt u een andere eigenaar machtigen met het bijgevoegde volmachtformulier.

Met vriendelijke groet,
namens het bestuur,
de secretaris

Hier de mail van onze VvE. Maak er een samenvatting van met vooral: wat gaat het mij kosten, waarover wordt gestemd, en wat moet ik voor 1 april / 1 mei regelen. Maximaal 120 woorden."""),
(1, "open_qa", "nl", "after", "prose", None, """Een kennis deelde dit opiniestuk in onze familie-app:

"De stikstofcrisis is een verzonnen probleem. Nederland is een van de kleinste landen van Europa en onze boeren zijn de meest efficiënte ter wereld. Als je kijkt naar de cijfers, dan blijkt dat de landbouw maar een klein deel van de stikstof uitstoot, het grootste deel komt uit het buitenland en van Schiphol. Toch moeten alleen de boeren inleveren. De zogenaamde Natura 2000-gebieden zijn willekeurig gekozen en de kritische depositiewaarde is een rekenmodel dat nergens anders in Europa wordt gebruikt. Het model van het RIVM is bovendien onbetrouwbaar op kleine schaal, dat heeft het instituut zelf toegegeven. Als we onze boeren wegjagen, worden we afhankelijk van voedsel uit landen waar de regels veel slechter zijn, zoals Brazilië. Dat is slecht voor het klimaat en slecht voor onze voedselzekerheid. Bovendien is stikstof gewoon een natuurlijke stof, 78 procent van de lucht bestaat eruit, dus hoe kan het schadelijk zijn? De natuur in Nederland gaat helemaal niet achteruit: er zijn meer herten en wilde zwijnen dan ooit. De echte reden achter het stikstofbeleid is dat de overheid grond wil hebben voor woningbouw en windparken. Er zijn talloze voorbeelden van boeren die zijn uitgekocht en waar daarna bedrijventerreinen kwamen. Als het echt om de natuur ging, zou je eerst de luchtvaart aanpakken. Het wordt tijd dat de politiek eerlijk is tegen de burger in plaats van een hele sector kapot te maken op basis van een rekensom."

Ik wil hier inhoudelijk op reageren zonder ruzie. Welke beweringen kloppen, welke zijn half waar en welke zijn gewoon onjuist? Bijvoorbeeld over het aandeel van de landbouw, het buitenland, de luchtvaart, dat stikstof in de lucht onschadelijk is, en het RIVM-model. Leg ook kort uit wat het verschil is tussen stikstof (N2) en de stikstofverbindingen waar het eigenlijk om gaat."""),
(1, "creative_writing", "nl", "after", "notes", None, """Achtergrond voor het verhaal:
- Setting: een klein dorp in de Kempen (Vlaanderen), jaren '80, rond de kermis in september.
- Hoofdpersoon: Lieve, 14 jaar, dochter van de uitbaters van het café op de markt, "Den Engel". Ze helpt elke zaterdag achter de toog en wil eigenlijk weg uit het dorp, naar Antwerpen, om te tekenen.
- Haar vader, Jos, is luid, joviaal, drinkt zelf te veel. Haar moeder, Rita, houdt de zaak draaiende en zegt weinig.
- Op de kermis staat elk jaar dezelfde botsautokraam van een familie foorkramers uit Limburg. De zoon, Dimitri, 16, is de enige jongen die Lieve ooit serieus neemt als ze over tekenen praat.
- Er speelt een conflict: de gemeente wil de kermis verplaatsen naar een weide buiten het dorp omdat de markt heraangelegd wordt. Jos is woedend, want de kermis is de beste week van het jaar voor het café.
- Belangrijk beeld: het reuzenrad dat elke avond verlicht over de daken uitkijkt, en Lieve die vanaf haar zolderkamer de lichtjes tekent.
- Er is een kleine gebeurtenis die alles verandert: tijdens de laatste kermisavond valt de stroom uit op de hele markt. In het donker ziet Lieve iets over haar ouders wat ze nog nooit gezien heeft.
- Ik wil geen grote romance, wel een gevoel van afscheid en van opgroeien.

Eisen:
1. Kort verhaal van 1.200 tot 1.500 woorden.
2. Ik-perspectief van Lieve, verleden tijd.
3. Gebruik een beetje Vlaamse spreektaal in de dialogen ("ge", "amai", "allee"), maar de verteltekst in standaard Nederlands.
4. Het verhaal moet beginnen met het reuzenrad en eindigen met een tekening.
5. Wat Lieve in het donker ziet, mag je zelf bedenken, maar het moet klein en menselijk zijn, geen drama met ongelukken of geweld.
6. Geen expliciete uitleg van gevoelens; laat het zien via handelingen en details.
7. Titel: bedenk er een van maximaal vier woorden.
8. Geen anachronismen: geen gsm's, wel cassettes, een jukebox, Stella in flesjes, een Renault 4.

Het is voor een schrijfwedstrijd van de bibliotheek, thema "licht"."""),
(0, "classification", "nl", "after", "prose", "EU-nl-p08", """VACATURE – Medewerker Planning (24-32 uur)
Transportbedrijf Van Dijk in Veghel zoekt een planner voor onze afdeling binnenlands distributievervoer. Je plant dagelijks de ritten van ongeveer 40 vrachtwagens, bent het aanspreekpunt voor chauffeurs en klanten en lost problemen op als er iets misgaat onderweg. Je werkt met ons planningssysteem en met Excel.
Wat vragen wij: mbo-4 of hbo werk- en denkniveau, stressbestendig, goede communicatieve vaardigheden. Ervaring in de logistiek is een pré maar niet noodzakelijk, wij leiden je op. Rijbewijs B.
Wat bieden wij: salaris volgens cao Beroepsgoederenvervoer, schaal D, 25 vakantiedagen bij fulltime dienstverband, reiskostenvergoeding, een jaarcontract met uitzicht op vast. Werktijden in overleg, wel één vroege dienst per week (vanaf 5.30 uur).

Classificeer deze vacature: sector (logistiek, zorg, ICT, onderwijs, horeca), en parttime of fulltime. Alleen twee woorden."""),
(1, "general_qa", "nl", "after", "prose", "EU-nl-p08", """VACATURE – Medewerker Planning (24-32 uur)
Transportbedrijf Van Dijk in Veghel zoekt een planner voor onze afdeling binnenlands distributievervoer. Je plant dagelijks de ritten van ongeveer 40 vrachtwagens, bent het aanspreekpunt voor chauffeurs en klanten en lost problemen op als er iets misgaat onderweg.
Wat vragen wij: mbo-4 of hbo werk- en denkniveau, stressbestendig. Ervaring in de logistiek is een pré maar niet noodzakelijk, wij leiden je op.
Wat bieden wij: salaris volgens cao Beroepsgoederenvervoer, schaal D, een jaarcontract met uitzicht op vast. Eén vroege dienst per week (vanaf 5.30 uur).

Ik werk nu 8 jaar in de supermarkt als teamleider vers, ik plan daar ook de roosters van 20 man. Ik heb geen logistieke ervaring. Moet ik hierop solliciteren? Wat zet ik in mijn brief om mijn ervaring te laten aansluiten, en hoe vraag ik in het gesprek naar het salaris zonder dat het raar overkomt?"""),
(0, "summarization", "nl", "before", "transcript", None, """Kun je hier een korte samenvatting van maken voor de ouders die er niet waren? Max 6 bullets.

Transcript informatieavond groep 8, basisschool De Regenboog

Meester Ruud: Welkom allemaal, fijn dat jullie er zijn. Ik wil vanavond drie dingen bespreken: de doorstroomtoets, het schooladvies en het kamp. Eerst de doorstroomtoets. Die heet tegenwoordig niet meer eindtoets, en hij wordt al in februari afgenomen, niet meer in april. Wij doen de toets op 4 en 5 februari. De uitslag krijgen jullie eind maart.
Moeder van Noah: Telt die toets nog mee voor het advies?
Meester Ruud: Het voorlopig schooladvies geven wij eind januari, dus vóór de toets. Als de toets hoger uitvalt, moeten we het advies heroverwegen en eventueel bijstellen. Als hij lager uitvalt, blijft ons advies staan. Het definitieve advies komt in april.
Vader van Lina: En de aanmelding bij de middelbare school?
Meester Ruud: Die kan pas na het definitieve advies, in de aanmeldweek van de gemeente, eind maart tot half april. Houd de open dagen in januari in de gaten, de lijst staat op de website.
Meester Ruud: Dan het kamp. We gaan van woensdag 11 tot en met vrijdag 13 juni naar Ommen. De kosten zijn 95 euro per kind, dat kan in termijnen. Als dat een probleem is, kunnen jullie vertrouwelijk contact opnemen met de directeur, er is een fonds.
Moeder van Noah: Mogen ze een telefoon mee?
Meester Ruud: Nee, geen telefoons op kamp. Wij sturen elke avond foto's in de ouder-app.
Meester Ruud: Tot slot zoeken we nog vier ouders die willen rijden voor de bagage, en twee voor de bonte avond. Aanmelden via de lijst bij de deur."""),
(0, "summarization", "nl", "before", "prose", "EU-nl-p09", """Vat dit nieuwsbericht samen in drie zinnen:

KAATSHEUVEL – De Efteling opent volgend voorjaar een nieuwe familieattractie in het Reizenrijk, gebaseerd op het verhaal van een verdwaalde lantaarnopsteker die door een betoverd bos reist. Het park investeert naar eigen zeggen ruim 35 miljoen euro in het project, de grootste investering sinds de opening van de achtbaan Max & Moritz. De attractie wordt een zogenoemde darkride waarin bezoekers in bootjes langs bewegende decors varen. Volgens de Efteling is het de eerste attractie in het park waarbij licht de hoofdrol speelt: er worden duizenden ledlampjes verwerkt die reageren op de bewegingen van de boten. Omwonenden maakten eerder bezwaar tegen de bouw vanwege de kap van een stuk bos, maar de Raad van State wees die bezwaren vorige maand af. Ter compensatie plant het park vier hectare nieuw bos aan op een terrein aan de noordzijde. De bouw begint na de zomer; de attractie moet in april van het volgende jaar open gaan."""),
(1, "creative_writing", "nl", "before", "prose", "EU-nl-p09", """De Efteling opent volgend voorjaar een nieuwe darkride in het Reizenrijk, gebaseerd op het verhaal van een verdwaalde lantaarnopsteker die door een betoverd bos reist. Bezoekers varen in bootjes langs bewegende decors, en duizenden lampjes reageren op de bewegingen van de boten.

Schrijf het sprookje van de lantaarnopsteker zoals het op het bordje bij de ingang van de wachtrij zou kunnen staan, in de stijl van de oude Efteling-teksten, ongeveer 200 woorden, met een beetje ouderwetse taal."""),
(0, "classification", "nl", "after", "reviews", None, """1. "De bitterballen waren heerlijk, maar de bediening was traag."
2. "Te duur voor wat je krijgt: €24 voor een schnitzel die uit de vriezer kwam."
3. "Prachtig terras aan het water, perfecte plek voor een zomeravond."
4. "De ober wist niks van de wijnkaart, maar was wel erg aardig."
5. "Wachtten 20 minuten op een tafel terwijl we gereserveerd hadden."
6. "Biefstuk precies goed gebakken, top!"
7. "Geen vegetarische opties behalve een salade. Jammer."
8. "Het toilet was smerig."
9. "Leuke inrichting, voelt als een huiskamer."
10. "Prijzen zijn wel gestegen sinds vorig jaar, een biertje is nu €5,20."

Geef per review het belangrijkste onderwerp: ETEN, SERVICE, PRIJS, SFEER of HYGIËNE. Eén woord per regel."""),
(1, "open_qa", "nl", "after", "code", None, """df = pd.read_csv("klanten.csv")
actief = df[df["status"] == "actief"]
actief["korting"] = actief["omzet"] * 0.05
print(actief.head())

Ik krijg steeds "SettingWithCopyWarning: A value is trying to be set on a copy of a slice from a DataFrame". De code lijkt gewoon te werken, de kolom korting staat erin. Wat betekent die warning precies, is het gevaarlijk om hem te negeren, en wat is de nette manier om dit te schrijven?"""),
(0, "summarization", "nl", "after", "chat", None, """#incident-betaalpagina (Slack)
09:12 Jelle: heads up, we krijgen veel 502's op /checkout sinds de deploy van 08:45
09:13 Priya: bevestig, Sentry ontploft. ~30% van de requests faalt
09:15 Jelle: rollback gestart
09:16 Martijn: klantenservice meldt dat mensen dubbel afgeschreven worden?? kan iemand checken
09:21 Priya: rollback klaar, error rate terug naar normaal
09:24 Jelle: root cause lijkt de nieuwe timeout config van de payment provider client, stond op 2s ipv 20s. provider antwoordt gemiddeld in 3s dus alles timede out en de frontend deed een retry
09:26 Priya: en die retry is waarom mensen dubbel betaalden. idempotency key werd niet meegestuurd bij retry
09:30 Martijn: hoeveel klanten?
09:41 Priya: 117 dubbele transacties tussen 08:45 en 09:21, totaal ongeveer €9.800
09:43 Martijn: finance gaat ze vandaag handmatig terugstorten, ik stuur de klanten een mail
09:50 Jelle: ik maak een ticket voor de idempotency key en een alert op timeouts. postmortem morgen 10:00?
09:51 Priya: 👍
09:51 Martijn: 👍 en graag een test in de pipeline die dit had gevangen

Maak hier een korte incident summary van voor het management: wat, impact, oorzaak, acties. Geen jargon."""),
(1, "general_qa", "nl", "before", "notes", None, """Onze buurman wil een nieuwe schutting plaatsen op de erfgrens. Die oude is van ons samen (hebben we 15 jaar geleden samen betaald). Hij wil nu een schutting van 2,20 meter hoog, van beton met hout, en vraagt of we de helft willen betalen: €1.900. Wij vinden dat te hoog en te duur, een houten schutting van 1,80 vinden wij prima en kost de helft. Hij zegt dat hij hem anders zelf 10 cm op zijn eigen grond zet en dan mag hij zo hoog als hij wil. Verder hebben we altijd een goed contact gehad, onze kinderen spelen samen. We wonen in een rijtjeshuis in Amersfoort.

Wat zijn onze opties? Mag hij zomaar 2,20 m neerzetten, en hoe voeren we dit gesprek zonder dat de verhouding verpest wordt?"""),
(0, "classification", "nl", "before", "form", None, """Naar welke afdeling moet dit formulier: DECLARATIES, POLISBEHEER of KLACHTEN? Alleen de afdeling.

Contactformulier zorgverzekeraar
Relatienummer: [verwijderd]
Onderwerp: wijziging
Toelichting: Per 1 januari wil ik mijn aanvullende verzekering Tand Basis omzetten naar Tand Uitgebreid, en mijn eigen risico verhogen van 385 naar 885 euro. Mijn zoon (19) moet vanaf nu een eigen polis krijgen, hij woont sinds kort op kamers.
Bijlage: geen"""),
(1, "creative_writing", "nl", "before", "notes", None, """Schrijf een sollicitatiebrief voor mij. Gegevens:
- vacature: bakkersmedewerker (32 uur) bij een ambachtelijke bakkerij in Haarlem, vroege diensten vanaf 4 uur
- ik ben 34, heb 10 jaar in de ICT gewerkt (testen van software) en ben vorig jaar overspannen geraakt
- sindsdien bak ik thuis zuurdesembrood, heb een cursus broodbakken gevolgd bij een bakkersschool in Amsterdam (6 zaterdagen)
- ik wil met mijn handen werken, vind vroeg opstaan geen probleem, ben nauwkeurig (dat komt van het testen)
- ik wil de burn-out niet expliciet noemen, maar wel eerlijk zijn dat ik bewust van carrière wissel
Eén A4, persoonlijk, niet standaard "hierbij solliciteer ik"."""),
(0, "summarization", "nl", "after", "notes", None, """Notulen bestuursvergadering TC De Lobbers, 3 oktober (ruwe aantekeningen, door Marja)

aanwezig: Henk (vz), Marja (secr), Ahmed (penn), Els (jeugd), Tom (banen). afwezig: niemand
- ledenaantal 412, +18 t.o.v. vorig jaar, vooral padel trekt nieuwe leden
- Ahmed: begroting padel overkapping 65k, subsidie gemeente 20k toegezegd, rest lening KNLTB? of contributieverhoging €15
- discussie: Els tegen verhoging, veel gezinnen met meerdere kinderen. Tom voor. besluit: uitzoeken lening, op ALV in november beide opties voorleggen
- banen 3 en 4 gravel moeten in maart opnieuw, offerte 8.400 (Tom vraagt 2e offerte)
- jeugd: 3 nieuwe trainers gevonden, wel VOG nodig, Els regelt
- kantine: vrijwilligersrooster loopt slecht, 40% gaten in zaterdagdiensten. idee: verplicht 3 diensten per lid per jaar, anders afkopen €50. Henk schrijft voorstel
- clubkampioenschappen verplaatst naar juni ivm weer
- volgende vergadering 7 november

maak hier een nette korte samenvatting van voor de clubnieuwsbrief, alleen wat leden moeten weten"""),
(1, "open_qa", "nl", "before", "form", None, """Ik kreeg een boete van het CJIB:

Gedraging: overschrijding maximumsnelheid buiten de bebouwde kom, 100 km/u-weg
Gemeten snelheid: 118 km/u
Gecorrigeerde snelheid: 114 km/u
Bedrag: €196, plus €9 administratiekosten
Datum: zaterdag 22.41 uur, A28 richting Zwolle

Hoe komen ze aan die gecorrigeerde snelheid, waarom is dat 4 km/u en niet 3? En klopt het dat de boete tot een bepaalde snelheid via de Wet Mulder loopt en daarboven naar de officier van justitie gaat? Waar ligt die grens?"""),
(0, "classification", "nl", "after", "email", "EU-nl-p10", """"Geachte heer Jansen, hierbij deel ik u mede dat de jaarlijkse huurverhoging per 1 juli 5,5% zal bedragen. Het nieuwe huurbedrag wordt €1.213,50. Voor vragen kunt u contact opnemen met ondergetekende. Hoogachtend, R. Verbeek, Verbeek Vastgoedbeheer B.V."

Is deze mail formeel of informeel? En is het een mededeling of een verzoek? Alleen de twee labels."""),
(1, "creative_writing", "nl", "after", "email", "EU-nl-p10", """"Geachte heer Jansen, hierbij deel ik u mede dat de jaarlijkse huurverhoging per 1 juli 5,5% zal bedragen. Het nieuwe huurbedrag wordt €1.213,50. Voor vragen kunt u contact opnemen met ondergetekende. Hoogachtend, R. Verbeek, Verbeek Vastgoedbeheer B.V."

Schrijf een beleefde maar stevige antwoordmail namens mij waarin ik vraag op welke grond die 5,5% berekend is, aangezien de kapotte cv-ketel al vier maanden niet vervangen is."""),
(0, "summarization", "nl", "after", "transcript", None, """"Hoi schat, met mama. Ik wilde even zeggen dat we zondag toch niet om twaalf uur komen maar om twee, want papa moet nog naar de kapper, ja ik weet het op zondag, maar die van hem doet het nu ook op zondag. Ik neem die appeltaart mee, dus jij hoeft geen toetje te maken. O en de verjaardag van tante Joke is verschoven naar de 14e. Bel me even terug als je dit hoort, niet appen, bellen. Dag!"

Wat is de kern van dit spraakbericht van mijn moeder? Twee regels."""),
(1, "general_qa", "nl", "none", "none", None, """Ik werk nu drie jaar bij een accountantskantoor en heb nog nooit salarisverhoging gekregen behalve de cao-indexatie. Hoe vraag ik om opslag bij mijn jaargesprek volgende maand? Wat moet ik voorbereiden?"""),
(0, "classification", "nl", "before", "prose", None, """Is dit Fries of Nederlands? "Ik bin hjir berne en ik wenje no yn Ljouwert." """),
(1, "open_qa", "nl", "none", "none", None, """Hoe werkt dat nou met kinderopvangtoeslag als je achteraf meer blijkt te verdienen dan je had opgegeven? Moet je dan alles terugbetalen of alleen het verschil? En wanneer hoor je dat?"""),
(0, "summarization", "nl", "after", "prose", None, """"Wegens werkzaamheden aan het spoor tussen Amersfoort en Apeldoorn rijden er van vrijdagavond 20.00 uur tot maandagochtend 05.00 uur geen treinen. Tussen beide stations worden bussen ingezet; houd rekening met een extra reistijd van 45 minuten." In één zin"""),
(0, "classification", "nl", "before", "prose", None, """vraag of klacht? "Waarom duurt het drie weken voordat mijn retour verwerkt is??" """),
(1, "creative_writing", "nl", "none", "none", None, """slogan voor een fietsenmaker in Zwolle, liefst met een woordgrap"""),
(0, "summarization", "nl", "none", "none", "EU-nl-p11", """samenvatting van Het Achterhuis in 5 zinnen"""),
(1, "open_qa", "nl", "none", "none", "EU-nl-p11", """waarom is het dagboek van Anne Frank wereldwijd zo beroemd geworden, en klopt het dat haar vader het heeft bewerkt?"""),
(1, "general_qa", "nl", "none", "none", None, """Hoe krijg ik mijn kat weer zindelijk na de verhuizing? Hij plast steeds naast de bak."""),
(0, "classification", "nl", "before", "list", None, """odd one out: stamppot, hutspot, bitterballen, paella, erwtensoep"""),
(1, "creative_writing", "nl", "none", "none", None, """limerick over een fietser uit Delft die altijd tegenwind heeft"""),
(0, "classification", "nl", "before", "prose", None, """Vlaams of Nederlands? "Amai, 't is hier goe gezellig zenne" """),
(1, "open_qa", "nl", "none", "none", None, """waarom heet de Waddenzee eigenlijk Waddenzee"""),
(0, "summarization", "nl", "none", "none", None, """korte inhoud van Turks Fruit, het boek"""),
(1, "general_qa", "nl", "none", "none", None, """leuke uitjes met kinderen van 6 en 9 in Rotterdam als het regent?"""),
(0, "summarization", "nl", "after", "transcript", None, """Fragment uit de gemeenteraadsvergadering, agendapunt 7: bestemmingsplan Windpark Oostpolder

Voorzitter (burgemeester): Dan gaan we naar agendapunt 7. Het college stelt voor het bestemmingsplan voor Windpark Oostpolder vast te stellen, met vier windturbines van maximaal 200 meter tiphoogte. Ik geef als eerste het woord aan de heer Bakker van de VVD.

Bakker (VVD): Dank u, voorzitter. Onze fractie is niet tegen windenergie, maar wel tegen de manier waarop dit is gegaan. Bewoners van Oosterend hebben in de participatieavonden duidelijk gezegd dat ze de turbines te dicht bij de woningen vinden: de dichtstbijzijnde woning ligt op 480 meter. Het college zegt dat het voldoet aan de landelijke normen, maar die normen zijn door de Raad van State juist ter discussie gesteld. Wij vragen het college om een afstand van minimaal 750 meter aan te houden, ook als dat betekent dat er maar drie turbines komen. Daarvoor dienen wij een amendement in.

Voorzitter: Dank u. Mevrouw El Amrani, GroenLinks-PvdA.

El Amrani (GroenLinks-PvdA): Voorzitter, wij steunen het voorstel van harte. De gemeente heeft zich gecommitteerd aan de Regionale Energiestrategie en zonder dit windpark halen we onze doelen niet. Wij zijn bovendien blij dat het college heeft afgesproken dat minstens vijftig procent van het park in lokaal eigendom komt via de energiecoöperatie. Dat betekent dat de opbrengsten terugvloeien naar de inwoners. Over het amendement van de VVD: één turbine minder betekent ongeveer een kwart minder opbrengst, en dan wordt het project voor de coöperatie waarschijnlijk niet meer rendabel. Wij zullen het amendement dus niet steunen. Wel dienen wij een motie in om een gebiedsfonds in te stellen van 50 cent per opgewekte megawattuur, voor projecten in Oosterend.

Voorzitter: De heer Visser, BBB.

Visser (BBB): Voorzitter, ik woon zelf in de buurt en ik spreek met veel agrariërs. Die maken zich zorgen over slagschaduw en geluid, maar ook over de waarde van hun grond en woningen. Er is nog steeds geen onafhankelijk onderzoek naar de gezondheidseffecten van laagfrequent geluid. Wij vinden dat het besluit moet worden uitgesteld tot dat onderzoek er ligt. Wij zullen tegen het voorstel stemmen. Het amendement van de VVD steunen wij wel, als tweede beste optie.

Voorzitter: Mevrouw De Groot, D66.

De Groot (D66): Voorzitter, D66 is voor. Wij begrijpen de zorgen, maar de geluidsnormen zijn streng en er komt een monitoringsprogramma: als de normen worden overschreden, moeten de turbines automatisch afremmen. Wij hebben wel een vraag aan de wethouder: hoe wordt gegarandeerd dat de vijftig procent lokaal eigendom ook echt wordt gehaald, en wat gebeurt er als de coöperatie niet genoeg deelnemers vindt?

Wethouder Smit: Dank voor alle inbreng. Op de vraag van D66: in de anterieure overeenkomst met de ontwikkelaar is opgenomen dat de coöperatie tot twee jaar na vergunningverlening de tijd heeft om haar aandeel te financieren; de provincie heeft een garantieregeling toegezegd. Over het amendement van de VVD: ik ontraad het, omdat het project met drie turbines financieel niet haalbaar is. Over de motie gebiedsfonds: die laat ik graag aan het oordeel van de raad, het college staat er positief tegenover. Over het verzoek van BBB om uitstel: het RIVM heeft in 2022 een literatuurstudie gedaan, en er loopt landelijk aanvullend onderzoek, maar wachten betekent minimaal twee jaar vertraging en het verlies van de subsidie.

Voorzitter: Dan gaan we stemmen. Het amendement van de VVD is verworpen met 14 stemmen tegen en 11 voor. De motie gebiedsfonds is aangenomen met 22 stemmen voor. Het voorstel zelf is aangenomen met 15 stemmen voor en 10 tegen.

Vat dit samen voor onze lokale nieuwssite: per partij in één zin hun standpunt, en daarna de uitslag van de stemmingen. Maximaal 150 woorden."""),
(0, "classification", "nl", "after", "prose", None, """Schermtijd: het probleem zit niet in de telefoon

Het is inmiddels een vast ritueel aan het begin van elk schooljaar: een nieuwe discussie over telefoons in de klas. Sinds het landelijke advies om mobiele telefoons uit het klaslokaal te weren, hebben de meeste middelbare scholen een vorm van verbod ingevoerd. Leerlingen leveren hun toestel in bij binnenkomst, of stoppen het in een kluisje. De eerste berichten zijn positief: docenten melden meer rust, leerlingen zeggen dat ze in de pauze weer met elkaar praten. Toch is het de vraag of we hiermee het eigenlijke probleem aanpakken.

Want wat is het probleem precies? Uit onderzoek blijkt dat jongeren tussen twaalf en zestien jaar gemiddeld meer dan vier uur per dag op hun telefoon zitten, en het grootste deel daarvan valt buiten schooltijd. Het is 's avonds in bed, aan de ontbijttafel, op de fiets. Een verbod op school verandert daar weinig aan. Sterker nog: het kan de indruk wekken dat het probleem daarmee "opgelost" is, terwijl ouders en jongeren zelf thuis precies hetzelfde blijven doen.

Daar komt bij dat een telefoon niet alleen een bron van afleiding is. Voor veel jongeren is het ook een manier om contact te houden met vrienden, om informatie op te zoeken, om creatief bezig te zijn. Wie alleen maar verbiedt, leert jongeren niet hoe ze er verstandig mee om kunnen gaan. En dat is precies wat ze nodig hebben, want over een paar jaar zitten ze op een hogeschool of op een werkplek waar niemand hun telefoon in een kluisje stopt.

Wat zou een betere aanpak zijn? Ten eerste zou mediawijsheid een vast onderdeel van het lesprogramma moeten worden, niet als los projectje in de brugklas, maar doorlopend, in elk leerjaar. Leerlingen zouden moeten leren hoe algoritmes werken, waarom sommige apps zo verslavend zijn ontworpen, en hoe ze zelf grenzen kunnen stellen. Ten tweede moeten scholen en ouders samen optrekken: wat heeft het voor zin om op school een verbod te hebben als thuis de telefoon tot middernacht aan staat? Ten derde, en dat wordt vaak vergeten, mogen volwassenen ook naar zichzelf kijken. Kinderen leren vooral door na te doen. Een ouder die tijdens het avondeten zijn mail checkt, geeft een duidelijk signaal.

Dat betekent niet dat het verbod verkeerd is. Rust in de klas is waardevol, en de eerste resultaten laten zien dat het werkt voor concentratie. Maar we moeten het verbod zien als een begin, niet als een eindpunt. Wie werkelijk iets wil veranderen aan de schermtijd van jongeren, zal verder moeten kijken dan het klaslokaal. Het gaat uiteindelijk niet om de vraag of de telefoon in de tas of in het kluisje zit, maar om de vraag of jongeren leren wie er de baas is: zij, of het apparaat.

Mijn leerling heeft dit ingeleverd voor Nederlands. Welke tekstsoort is dit: uiteenzetting, beschouwing, betoog of verhaal? Geef alleen de tekstsoort."""),
(1, "general_qa", "nl", "before", "notes", None, """Ik moet een grote beslissing nemen en ik draai al weken rondjes. Sorry voor het lange verhaal.

Ik ben 38, werk 11 jaar als projectleider bij een ingenieursbureau in Eindhoven. Vorig jaar heb ik een burn-out gehad, ben vier maanden thuis geweest en werk nu weer 32 uur. Het gaat beter, maar de werkdruk op mijn afdeling is nog steeds hoog en mijn leidinggevende is eigenlijk niet veranderd. Hij zegt wel de goede dingen, maar in de praktijk krijg ik weer steeds meer projecten.

Nu heb ik een aanbod gekregen van een oud-collega die in Kopenhagen werkt. Het is een functie als senior adviseur bij een kleiner bureau, gericht op duurzame waterprojecten, precies waar mijn interesse ligt. Salaris is ongeveer 15% hoger, maar Kopenhagen is ook duurder. Ze bieden een contract van twee jaar met optie op vast. De werkcultuur daar is volgens mijn oud-collega veel rustiger, mensen gaan om vier uur naar huis.

Mijn vriendin (we wonen 6 jaar samen, geen kinderen) werkt als verpleegkundige op de IC. Ze zegt dat ze mee wil, maar ze spreekt geen Deens en haar diploma moet daar erkend worden, wat volgens wat we lezen minstens een jaar duurt, en ze zou dan eerst Deens moeten leren. Ze is dol op haar werk. Ik merk dat ze het vooral voor mij zou doen.

We hebben een koopwoning met een hypotheek waar we redelijk comfortabel in zitten. Verhuren mag van de bank alleen met toestemming. Mijn ouders zijn 70 en 73, mijn vader heeft beginnende Parkinson. Ik ben enig kind. Dat weegt zwaar voor me. Kopenhagen is wel maar anderhalf uur vliegen.

Aan de andere kant: als ik nu niet ga, weet ik zeker dat ik over vijf jaar spijt heb, en ik ben bang dat ik in mijn huidige baan weer terugval. Ik heb ook nog overwogen om in Nederland van baan te wisselen, maar ik heb niet echt gezocht.

Mijn psycholoog zegt dat ik niet moet vluchten voor mijn problemen, en dat een verhuizing naar het buitenland veel stress geeft. Mijn beste vriend zegt "gewoon doen, je leeft maar één keer".

Ik moet binnen drie weken antwoord geven. Kun je me helpen dit op een rijtje te zetten? Wat zijn de belangrijkste vragen die ik mezelf en mijn vriendin moet stellen, en welke tussenoplossingen zijn er misschien die ik over het hoofd zie? Ik zoek geen "ja" of "nee", maar een manier om tot een besluit te komen."""),
(0, "summarization", "nl", "before", "prose", "EU-nl-p12", """Maak van dit stuk uit de handleiding een lijstje van maximaal 5 stappen:

Onderhoud van uw robotstofzuiger
Om de prestaties van uw robotstofzuiger optimaal te houden, adviseren wij het volgende onderhoud. Leeg het stofreservoir na elk gebruik door op de ontgrendelknop aan de achterzijde te drukken en het reservoir boven een afvalbak te kantelen. Het filter dient eenmaal per week te worden uitgeklopt en eens per drie maanden te worden vervangen; spoel het filter nooit af met water. De hoofdborstel kan worden verwijderd door de borstelkap aan de onderzijde te openen. Verwijder haren en draden met het meegeleverde reinigingsgereedschap. Vervang de zijborstels wanneer de haren zichtbaar zijn vervormd, doorgaans na zes maanden. Veeg de laadcontacten en de valsensoren maandelijks schoon met een droge, zachte doek. Indien het apparaat langere tijd niet wordt gebruikt, laad de accu dan eerst volledig op en schakel het apparaat uit met de hoofdschakelaar aan de zijkant. Bewaar het apparaat op een koele, droge plaats."""),
(1, "open_qa", "nl", "before", "prose", "EU-nl-p12", """In de handleiding van mijn robotstofzuiger staat:

"Het filter dient eenmaal per week te worden uitgeklopt en eens per drie maanden te worden vervangen; spoel het filter nooit af met water. Indien het apparaat langere tijd niet wordt gebruikt, laad de accu dan eerst volledig op en schakel het apparaat uit met de hoofdschakelaar."

Waarom mag dat filter eigenlijk niet nat worden? Wat gebeurt er dan? En waarom moet je een accu volledig opladen voordat je hem opbergt, ik had juist gehoord dat je lithium-accu's beter half vol kunt bewaren."""),
(0, "classification", "nl", "before", "list", None, """Deel deze koppen in per rubriek (BINNENLAND, BUITENLAND, ECONOMIE, SPORT, CULTUUR, TECH). Formaat: nummer – rubriek.

1. Kabinet wil btw op groente en fruit naar nul procent
2. Feyenoord na strafschoppen door in de beker
3. Chipmachinefabrikant verwacht recordomzet ondanks exportbeperkingen
4. Verkiezingen in Duitsland: kanselier erkent nederlaag
5. Rijksmuseum koopt vergeten schilderij van Judith Leyster
6. Nieuwe wet moet huurders beter beschermen tegen huisjesmelkers
7. Europese Centrale Bank laat rente ongewijzigd
8. Wielrenster wint tijdrit in Tour de France Femmes
9. Populaire chatapp legt storing uit: "fout in een software-update"
10. Overstromingen in Spanje: tientallen doden in regio Valencia
11. Bestverkochte boek van het jaar is een debuutroman over de Molukse gemeenschap
12. Werkloosheid gedaald naar laagste niveau in een halve eeuw"""),
(1, "creative_writing", "nl", "before", "notes", None, """Schrijf een afscheidsspeech voor meester Henk, die na 41 jaar stopt als leraar op onze basisschool in een dorp in Drenthe. Wat je moet weten:
- hij gaf altijd les in groep 6, bijna alle ouders op het schoolplein hebben zelf bij hem in de klas gezeten
- hij speelde gitaar bij elke schoolmusical en kende maar vier akkoorden
- zijn beroemde uitspraak: "Fouten maken mag, dezelfde fout twee keer is een keuze"
- hij nam elk jaar de klas mee naar het hunebed en vertelde dan een zelfverzonnen spookverhaal over een reus
- hij heeft jarenlang op vrijdagmiddag een schaakclubje gerund
- hij gaat met zijn vrouw een camper kopen en naar Noorwegen
- de speech wordt gehouden door mij, de directeur, op het afscheidsfeest in de gymzaal, met kinderen, ouders en oud-leerlingen erbij
Ongeveer 4 minuten, warm en met humor, en eindigen met iets waarbij de kinderen kunnen meedoen."""),
(0, "summarization", "nl", "after", "email", None, """Van: Bouwbedrijf Kuipers
Aan: fam. Hendriks
Onderwerp: Dakkapel

Goedemiddag, de omgevingsvergunning voor de dakkapel is binnen. Wij kunnen starten in week 38. Het prefab element wordt in week 37 geproduceerd.

Van: fam. Hendriks
Fijn! Klopt het dat de kleur van de kozijnen antraciet wordt, zoals besproken? En wordt de steiger ook aan de achterkant geplaatst? Daar staat onze schuur.

Van: Bouwbedrijf Kuipers
Kozijnen antraciet RAL 7016, klopt. Geen steiger: we plaatsen het element met een kraan vanaf de straat, de gemeente heeft een ontheffing gegeven om de straat die dag af te sluiten van 7 tot 13 uur. Wel vragen we u uw auto die dag elders te parkeren en de zolder vooraf leeg te maken.

Van: fam. Hendriks
Prima. Nog een vraag: de laatste factuurtermijn, die is toch pas na oplevering?

Van: Bouwbedrijf Kuipers
De termijnen zijn: 30% bij opdracht (voldaan), 60% bij plaatsing, 10% na oplevering en het verhelpen van eventuele opleverpunten. De binnenafwerking (stucwerk en vensterbanken) gebeurt in de week na plaatsing.

Wat is de stand van zaken en wat moeten wij nog doen? Kort puntsgewijs."""),
(1, "open_qa", "nl", "after", "prose", None, """Onze rondleider in Amsterdam zei letterlijk: "De VOC was het eerste multinationale bedrijf ter wereld en de eerste onderneming met aandelen. Nederland werd er rijk van door handel, niet door kolonialisme. De slavenhandel was vooral iets van de WIC, niet van de VOC."

Klopt dit allemaal? Ik had het gevoel dat het wat te rooskleurig was. En waarom lag het zo gevoelig toen een premier het ooit over de "VOC-mentaliteit" had?"""),
(0, "classification", "nl", "before", "list", None, """Ik werk als doktersassistente. Geef bij elk appje of het SPOED is (vandaag bellen), NORMAAL (afspraak deze week) of ADMINISTRATIEF. Alleen nummer en label.

1. "Mijn zoontje (2) heeft sinds vanochtend koorts van 40,2 en reageert slecht, hij is heel suf."
2. "Kan ik een herhaalrecept krijgen voor mijn bloeddrukpillen? Ik heb er nog voor 10 dagen."
3. "Sinds een week last van mijn knie na het hardlopen, kan wel lopen."
4. "Ik ben verhuisd, hier mijn nieuwe adres voor jullie administratie."
5. "Mijn vader (81) heeft ineens een scheve mond en praat onduidelijk, sinds een half uur."
6. "Kunnen jullie een verklaring voor de sportschool invullen?"
7. "Ik heb al drie dagen een blaasontsteking denk ik, branderig plassen, geen koorts."
8. "Mijn moeder is gevallen en heeft pijn in haar heup, ze kan niet opstaan." """),
(1, "general_qa", "nl", "before", "notes", None, """Situatie: jaren '30 woning in Haarlem, zolder van ongeveer 5 bij 7 meter, nu alleen opslag met een vlizotrap. Dak is niet geïsoleerd, er zit één klein dakraam. We willen er een slaapkamer plus klein badkamertje maken voor onze oudste (15). Budget max 35.000. Mijn man is redelijk handig, ik niet. We hebben geen haast, het mag een jaar duren.

Hoe pakken we dit aan? Wat moet eerst (vaste trap, isolatie, dakkapel?), wat kunnen we zelf en wat moet echt een vakman doen, en hebben we een vergunning nodig?"""),
(0, "summarization", "nl", "after", "prose", "EU-nl-p13", """"Vandaag precies 10 jaar geleden startte ik mijn bedrijf vanaf de keukentafel met één klant en een tweedehands laptop. Nu werken we met 23 mensen aan websites voor het mkb in heel Brabant. Ik had het nooit gedacht. Dank aan mijn team, onze klanten, en vooral aan mijn vrouw die al die jaren mijn slechte humeur heeft verdragen als een release misging. Op naar de volgende 10! #ondernemen #jubileum"

tl;dr van deze LinkedIn-post in één zin"""),
(1, "creative_writing", "nl", "after", "prose", "EU-nl-p13", """"Vandaag precies 10 jaar geleden startte ik mijn bedrijf vanaf de keukentafel met één klant en een tweedehands laptop. Nu werken we met 23 mensen aan websites voor het mkb in heel Brabant. Dank aan mijn team, onze klanten, en vooral aan mijn vrouw die al die jaren mijn slechte humeur heeft verdragen als een release misging. #ondernemen #jubileum"

Hij was mijn eerste klant ooit. Schrijf een grappige maar hartelijke reactie die ik onder zijn post kan zetten, max 3 zinnen."""),
(0, "classification", "nl", "after", "verse", None, """"Ik loop weer langs het kanaal waar jij altijd stond,
de lantaarns doen alsof er niets veranderd is,
maar de eenden kijken me aan alsof ze weten
dat ik voor twee brood bij me heb."

Welke emotie overheerst in deze songtekst: verdriet, woede, vreugde of angst? Eén woord."""),
(1, "open_qa", "nl", "none", "none", None, """Waarom is de Afsluitdijk eigenlijk gebouwd? Ik dacht dat het om overstromingen ging, maar mijn opa zegt dat het ook om landbouwgrond ging. Wie heeft er gelijk?"""),
(0, "summarization", "nl", "after", "reviews", None, """"Een voorstelling die begint als een luchtige komedie over een familiereünie, maar halverwege kantelt naar iets veel donkerders. De actrice die de moeder speelt is ijzersterk, maar het tweede bedrijf is te lang en de ontknoping voelt geforceerd. Toch blijft het beeld van de lege tafel aan het eind nog dagen hangen." Vat deze recensie samen in één zin."""),
(0, "classification", "nl", "before", "list", None, """Welke zinnen hebben een dt-fout? Geef de nummers.
1. Hij word morgen dertig.
2. Wordt je ook zo moe van die regen?
3. Zij vindt het een goed idee.
4. Ik wordt er gek van.
5. Het is gebeurd. """),
(1, "general_qa", "nl", "none", "none", None, """Mijn schoonmoeder komt drie weken logeren na haar heupoperatie. We hebben een klein huis en twee kinderen. Hoe overleven we dit zonder ruzie? Praktische tips graag, ook over hoe ik dingen kan zeggen zonder dat ze zich beledigd voelt."""),
(1, "creative_writing", "nl", "none", "none", None, """schrijf een rap over elke dag in de file staan op de A12 tussen Utrecht en Den Haag, met een refrein dat blijft hangen"""),
(0, "classification", "nl", "before", "prose", None, """goed of fout: "hij word later brandweerman" """),
(0, "summarization", "nl", "none", "none", None, """samenvatting van De Avonden van Gerard Reve, voor mijn leeslijst"""),
(1, "open_qa", "nl", "none", "none", "EU-nl-p14", """wat zijn de Deltawerken in het kort en waarom zijn ze gebouwd?"""),
(0, "summarization", "nl", "after", "prose", "EU-nl-p14", """"Na de Watersnoodramp van 1953, waarbij in Zeeland, Zuid-Holland en West-Brabant 1.836 mensen om het leven kwamen, besloot de regering tot de aanleg van de Deltawerken: een stelsel van dammen, sluizen en stormvloedkeringen dat de zeegaten in het zuidwesten moest afsluiten of verkorten. Het laatste grote onderdeel, de Maeslantkering bij Hoek van Holland, werd in 1997 in gebruik genomen."

Wat zijn de Deltawerken in het kort? Vat deze tekst samen in één zin voor mijn spreekbeurt."""),
(1, "creative_writing", "nl", "none", "none", None, """bedenk een naam voor mijn podcast over wielrennen, iets met een knipoog"""),
(0, "classification", "nl", "before", "email", None, """phishing of niet: "Uw DigiD verloopt vandaag. Log direct in via deze link om blokkering te voorkomen." """),
(1, "general_qa", "nl", "none", "none", None, """wat kan ik maken met een restje boerenkool en een rookworst?"""),
(0, "classification", "nl", "before", "list", None, """Welke zijn zoogdieren? zeehond, haring, bruinvis, paling, otter, zeester"""),
(1, "creative_writing", "nl", "none", "none", None, """kort gedichtje voor op de rouwkaart van onze buurman, hij was visser"""),
(0, "summarization", "nl", "none", "none", None, """waar gaat Karakter van Bordewijk over? in een paar zinnen"""),
(1, "open_qa", "nl", "none", "none", None, """hoeveel inwoners heeft nederland nu ongeveer"""),
(0, "classification", "nl", "before", "prose", None, """formeel of informeel: "Hé, kun je me ff die file sturen?" """),
(0, "summarization", "nl", "before", "prose", None, """Vat samen in vijf woorden: de vergadering van morgen gaat niet door omdat de voorzitter ziek is."""),
(1, "general_qa", "nl", "none", "none", None, """wanneer is de beste tijd om de tulpenvelden te zien, en waar is het minder druk dan bij de Keukenhof?"""),
]
