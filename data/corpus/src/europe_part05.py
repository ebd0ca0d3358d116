# writer europe, part 05. Each item written by hand.
ITEMS = [
(0, "summarization", "de", "before", "prose", "EU-de-p01", """Fass mir den Artikel in drei Sätzen zusammen, ich will das in den Teamchat posten:

Die Gewerkschaft Deutscher Lokomotivführer (GDL) hat erneut zu einem bundesweiten Streik im Personen- und Güterverkehr der Deutschen Bahn aufgerufen. Der Ausstand soll im Güterverkehr bereits am Mittwochabend um 18 Uhr beginnen, im Personenverkehr in der Nacht zu Donnerstag um 2 Uhr, und bis Freitagabend dauern. Die Bahn kündigte einen Notfahrplan an, in dem nur etwa jeder fünfte Fernzug fahren soll; auch im Regionalverkehr und bei den S-Bahnen in vielen Großstädten ist mit massiven Einschränkungen zu rechnen. Fahrgäste, die ihre Reise wegen des Streiks verschieben wollen, können ihr Ticket flexibel nutzen oder kostenlos erstatten lassen. Im Kern des Tarifkonflikts steht die Forderung der GDL nach einer Absenkung der Wochenarbeitszeit für Schichtarbeiter von 38 auf 35 Stunden bei vollem Lohnausgleich. Die Bahn hält das für nicht finanzierbar und verweist auf den Fachkräftemangel. Verbände der Wirtschaft warnen vor Lieferengpässen, da der Güterverkehr besonders für die Chemie- und Stahlindustrie wichtig ist."""),
(1, "open_qa", "de", "none", "none", "EU-de-p01", """kurz zusammengefasst: warum streikt die GDL gefühlt ständig, und warum darf eine so kleine Gewerkschaft das ganze Land lahmlegen?"""),
(0, "classification", "de", "after", "reviews", None, """1. "Sehr einfühlsame Ärztin, nimmt sich Zeit. Wartezeit trotz Termin aber 50 Minuten."
2. "Praxisteam unfreundlich, am Telefon wird man abgewimmelt."
3. "Alles ok."
4. "Endlich ein Hausarzt, der auch mal zuhört. Klare Empfehlung!"
5. "Rezept war zwei Mal falsch ausgestellt, musste extra wiederkommen."

Ordne jede Bewertung zu: positiv, negativ, neutral oder gemischt"""),
(1, "creative_writing", "de", "none", "none", None, """schreib mir ein kurzes Gedicht über Novembernebel im Hamburger Hafen, eher melancholisch"""),
(1, "general_qa", "de", "none", "none", None, """Wir fahren mit meinen Schwiegereltern (beide Mitte 70, nicht mehr so gut zu Fuß) ein langes Wochenende nach Wien. Was sollten wir unbedingt sehen, ohne dass es zu anstrengend wird? Und welches Kaffeehaus ist nicht nur Touristenfalle?"""),
(0, "classification", "de", "before", "email", None, """Phishing oder echt? Nur ein Wort als Antwort.

"Sehr geehrter Kunde, aufgrund neuer gesetzlicher Vorgaben muss Ihr pushTAN-Verfahren bis zum 30.09. erneut registriert werden. Andernfalls wird Ihr Online-Banking-Zugang gesperrt. Bitte nutzen Sie den folgenden Link: sparkasse-sicherheit-update.com. Ihre Sparkasse" """),
(1, "open_qa", "de", "none", "none", None, """was ist eigentlich der Unterschied zwischen Minijob und Midijob? wegen Rente und Krankenversicherung"""),
(0, "summarization", "de", "after", "chat", "EU-de-p02", """[KGV Sonnenblick e.V. 🌻]
Gerd (Parzelle 12): Moin, am Hauptweg ist das Wasserrohr geplatzt, alles steht unter Wasser
Vorstand Petra: Danke Gerd, hab den Haupthahn zugedreht. Installateur kommt Montag
Ingrid (Parzelle 3): Und bis dahin? Meine Tomaten verdursten
Vorstand Petra: Regentonnen nutzen, oder Wasser vom Vereinsheim holen, der Hahn dort geht noch
Murat (Parzelle 27): Wer zahlt die Reparatur? Letztes Jahr gab's schon eine Umlage
Vorstand Petra: Laut Kostenvoranschlag 1.400 €, das geht aus der Rücklage, keine Umlage diesmal
Ingrid: Gott sei Dank
Murat: Kann man beim Sommerfest nicht gleich mal über neue Leitungen reden? Die sind von 1978
Vorstand Petra: Gute Idee, ich setz es auf die Tagesordnung der Mitgliederversammlung im Oktober
Gerd: Apropos Sommerfest: 17. August steht? Wer macht den Grill?
Murat: Ich bring meinen großen Grill mit, Kohle zahlt der Verein
Ingrid: Ich mach wieder Kuchen, brauche aber noch zwei Helfer für den Kuchenstand
Vorstand Petra: Ich frag in der nächsten Rundmail

Ich war im Urlaub, was hab ich verpasst? Kurz bitte"""),
(1, "general_qa", "de", "after", "chat", "EU-de-p02", """[KGV Sonnenblick e.V. 🌻]
Gerd (Parzelle 12): Moin, am Hauptweg ist das Wasserrohr geplatzt, alles steht unter Wasser
Vorstand Petra: Danke Gerd, hab den Haupthahn zugedreht. Installateur kommt Montag
Murat (Parzelle 27): Wer zahlt die Reparatur? Letztes Jahr gab's schon eine Umlage
Vorstand Petra: Laut Kostenvoranschlag 1.400 €, das geht aus der Rücklage
Murat: Kann man nicht gleich mal über neue Leitungen reden? Die sind von 1978

Ich bin Petra, seit einem halben Jahr Vorsitzende. Eine komplett neue Wasserleitung würde laut Installateur ca. 18.000 € kosten, die Rücklage hat 6.000 €. Wie bereite ich das für die Mitgliederversammlung vor, damit es nicht in Streit ausartet? Welche Finanzierungsmöglichkeiten hat ein Kleingartenverein da überhaupt?"""),
(0, "classification", "de", "before", "list", None, """welche davon sind Bundesländer? Bremen, Köln, Saarland, Frankfurt, Thüringen, Potsdam"""),
(1, "creative_writing", "de", "none", "none", None, """Meine Schwester Jana wird 40 und ich soll auf der Feier eine kurze Rede halten. Sie ist Hebamme, hat drei Kinder, fährt seit 20 Jahren denselben rostigen Golf und kann nicht singen, tut es aber ständig. Lustig und ein bisschen rührend, maximal drei Minuten."""),
(0, "summarization", "de", "before", "transcript", None, """Mach mir bitte ein Ergebnisprotokoll: Beschlüsse, To-dos mit Verantwortlichem und Termin, offene Punkte. Sachlich.

Transkript – Abteilungsbesprechung Produktion & Logistik, Montag 7:30 Uhr

Frau Kaiser (Werksleitung): Guten Morgen. Wir sind vollzählig bis auf Herrn Yilmaz, der ist auf der Messe in Hannover. Drei Themen: die neue Schichtplanung ab Oktober, die Lieferverzögerungen bei den Aluprofilen und der Unfall an Linie 3 von letzter Woche.
Frau Kaiser: Fangen wir mit dem Unfall an, das ist am wichtigsten. Herr Brandt?
Herr Brandt (Arbeitssicherheit): Ein Kollege hat sich am Dienstag an der Stanze die Hand gequetscht, zum Glück nur Prellungen, keine Brüche. Ursache war, dass die Lichtschranke überbrückt war. Offenbar wird das in der Spätschicht öfter gemacht, weil die Anlage sonst bei jeder Kleinigkeit stoppt.
Frau Kaiser: Das darf nicht sein. Wer hat das überbrückt?
Herr Brandt: Das lässt sich nicht eindeutig sagen. Ich schlage vor, die Überbrückung technisch unmöglich zu machen und eine Unterweisung für alle drei Schichten durchzuführen.
Herr Nowak (Instandhaltung): Technisch geht das, wir bauen eine Sicherheitssteuerung ein. Kostet etwa 4.500 Euro und die Linie steht einen Tag.
Frau Kaiser: Genehmigt. Herr Nowak, bitte bis Ende nächster Woche umsetzen, an einem Samstag. Herr Brandt, die Unterweisung bis zum 15., und dokumentieren bitte.
Frau Kaiser: Zweites Thema: Aluprofile. Frau Schulte?
Frau Schulte (Einkauf): Unser Hauptlieferant in Tschechien hat Probleme mit einem Presswerk und kann nur 60 Prozent der vereinbarten Menge liefern, voraussichtlich bis Mitte November. Ich habe einen zweiten Lieferanten in Bayern angefragt, der wäre 11 Prozent teurer, könnte aber ab nächster Woche liefern.
Herr Weber (Vertrieb): Wenn wir nicht liefern, verlieren wir den Auftrag von Hoffmann-Bau, das sind 300.000 Euro im Quartal.
Frau Kaiser: Dann nehmen wir den zweiten Lieferanten für die Differenzmenge, befristet bis Jahresende. Frau Schulte, bitte Vertrag vorbereiten und mir bis Mittwoch vorlegen. Herr Weber, informieren Sie Hoffmann-Bau, dass es keine Verzögerung gibt, aber sagen Sie noch nichts zu Preisen.
Herr Weber: Mach ich heute.
Frau Kaiser: Drittens, Schichtplan. Wir wollen ab Oktober vom Drei- auf ein Zwei-Schicht-Modell umstellen, weil die Nachtschicht kaum noch zu besetzen ist. Der Betriebsrat muss zustimmen.
Frau Lange (Betriebsrat): Der Betriebsrat ist grundsätzlich offen, aber wir wollen wissen, was mit den Kollegen passiert, die bisher die Nachtzulage bekommen. Für manche sind das 300 Euro im Monat.
Frau Kaiser: Verständlich. Wir prüfen eine Übergangszulage für ein Jahr. Frau Lange, können wir uns nächste Woche mit der Personalabteilung zusammensetzen?
Frau Lange: Ja, Donnerstag wäre gut.
Herr Nowak: Und die Wartung, die bisher nachts läuft?
Frau Kaiser: Gute Frage, das klären wir in der Sitzung mit dem Betriebsrat mit. Danke allen, wir sehen uns nächsten Montag."""),
(1, "open_qa", "de", "after", "code", None, """>>> 0.1 + 0.2 == 0.3
False
>>> 0.1 + 0.2
0.30000000000000004

Warum rechnet Python hier falsch? Ist das ein Bug? Ich programmiere gerade eine kleine Rechnungssoftware für meinen Laden und hab jetzt Angst, dass Cent-Beträge nicht stimmen. Wie macht man das richtig?"""),
(0, "classification", "de", "inline", "chat", None, """[SYSTEM] Du bist der Routing-Assistent der Stadtwerke. Ordne jede Kundenanfrage genau einer Kategorie zu: ZÄHLERSTAND, ABSCHLAG, UMZUG, STÖRUNG, SONSTIGES. Antworte ausschließlich mit der Kategorie in Großbuchstaben.
[KUNDE] Hallo, mein monatlicher Abschlag wurde von 85 auf 142 Euro erhöht, das kann doch nicht sein? Ich möchte den wieder senken.
[ASSISTENT]"""),
(1, "general_qa", "de", "none", "none", None, """wie krieg ich in Berlin schnell einen Termin beim Bürgeramt? brauche dringend einen neuen Reisepass"""),
(0, "summarization", "de", "none", "none", "EU-de-p03", """Zusammenfassung von Kafkas Die Verwandlung, kurz bitte"""),
(1, "open_qa", "de", "none", "none", "EU-de-p03", """Warum verwandelt sich Gregor Samsa in ein Ungeziefer, was wollte Kafka damit sagen? Gibt es eine "richtige" Deutung?"""),
(0, "classification", "de", "after", "prose", None, """"Die Europäische Zentralbank hat den Leitzins zum dritten Mal in Folge gesenkt. Ökonomen rechnen mit weiteren Schritten im kommenden Jahr."

Welches Ressort: Politik, Wirtschaft, Sport, Kultur oder Panorama? Ein Wort."""),
(1, "creative_writing", "de", "none", "none", None, """Gib mir 10 Namen für einen Späti in Leipzig-Connewitz, gern mit Wortwitz"""),
(1, "open_qa", "de", "none", "none", None, """Was darf der Vermieter eigentlich alles in der Nebenkostenabrechnung umlegen? Bei mir steht plötzlich "Verwaltungskosten" drin und eine Gebühr für den Hausmeister, der nie da ist."""),
(0, "summarization", "de", "after", "email", None, """Betreff: Umstellung der Heizungsanlage – Information für alle Mieterinnen und Mieter

Sehr geehrte Mieterinnen und Mieter,

wie bereits in der Eigentümerversammlung angekündigt, wird die bestehende Gaszentralheizung der Wohnanlage Lindenstraße 14–18 im kommenden Jahr durch eine Luft-Wasser-Wärmepumpe mit Gas-Spitzenlastkessel ersetzt. Die Arbeiten beginnen voraussichtlich Anfang Mai und dauern rund sechs Wochen. In diesem Zeitraum kann es an einzelnen Tagen zu Unterbrechungen der Warmwasserversorgung kommen; die genauen Termine werden mindestens drei Werktage vorher per Aushang im Treppenhaus bekannt gegeben. In allen Wohnungen werden die Heizkörperventile ausgetauscht und ein hydraulischer Abgleich durchgeführt; hierfür ist der Zugang zu Ihrer Wohnung an einem noch festzulegenden Termin erforderlich. Die Kosten der Maßnahme werden teilweise über staatliche Fördermittel finanziert. Der verbleibende Anteil wird im Rahmen der gesetzlich zulässigen Modernisierungsumlage auf die Miete umgelegt; Sie erhalten hierzu eine gesonderte Modernisierungsankündigung mit der konkreten Berechnung spätestens drei Monate vor Beginn der Arbeiten. Nach unseren Berechnungen sollen die Heizkosten nach der Umstellung um etwa 20 bis 30 Prozent sinken.

Für Rückfragen steht Ihnen Frau Demir von der Hausverwaltung dienstags und donnerstags von 9 bis 12 Uhr zur Verfügung.

Mit freundlichen Grüßen
Hausverwaltung Berger & Söhne

was heißt das jetzt konkret für mich als Mieter? 4 Stichpunkte"""),
(1, "general_qa", "de", "none", "none", None, """Ich bin 29, hab 12.000 € auf dem Girokonto rumliegen. Tagesgeld, ETF-Sparplan oder doch Bausparvertrag, wie meine Eltern sagen? In 5-6 Jahren will ich vielleicht eine Wohnung kaufen."""),
(0, "classification", "de", "before", "list", None, """welche sind keine Wurst: Bratwurst, Leberkäse, Brezel, Weißwurst, Spätzle, Currywurst"""),
(1, "creative_writing", "de", "before", "none", None, """Wir veranstalten ein Krimidinner für 8 Personen und ich brauche die Ausgangsgeschichte. Vorgaben:
- Schauplatz: ein altes Gasthaus in einem Eifeldorf, Silvesterabend 1985, draußen Schneesturm, die Straße ist gesperrt
- Opfer: der Wirt, Heinrich Kessler, wird um Mitternacht tot im Weinkeller gefunden
- sechs Verdächtige, jeder mit einem Motiv: die Witwe, der Sohn, der im Streit mit dem Vater lag, die Kellnerin, ein Immobilienmakler aus Köln, der Dorfpfarrer und ein Fremder, der sich als Vertreter für Staubsauger ausgibt
- bitte für jede Figur eine kurze Rollenbeschreibung (3-4 Sätze), die man vorlesen kann, ohne die Lösung zu verraten
- ca. 500 Wörter für die Einleitung, die ich am Anfang vorlese
- Stimmung: schaurig, aber mit Humor, nichts Blutiges
- kein Handy, keine DNA-Analyse, es ist 1985
Die Lösung schreib mir bitte getrennt darunter, damit ich sie nicht aus Versehen vorlese."""),
(0, "summarization", "de", "before", "notes", "EU-de-p04", """Fasse die Hauptthemen aus den Freitextantworten unserer anonymen Mitarbeiterbefragung zusammen (Team Kundenservice, 14 Antworten):

- "Die Schichtpläne kommen zu spät, oft erst am Donnerstag für die nächste Woche."
- "Tolles Team, man hilft sich gegenseitig."
- "Das neue Ticketsystem ist langsam und stürzt ab."
- "Ich fühle mich von der Teamleitung nicht gehört, Vorschläge versanden."
- "Zu viele Anrufe pro Stunde, kaum Zeit zum Durchatmen zwischen Gesprächen."
- "Die Kolleginnen sind super, die Stimmung ist gut."
- "Es fehlt eine klare Regel, wer Urlaub in den Ferien bekommt."
- "Homeoffice-Regelung funktioniert gut."
- "Ticketsystem hängt ständig, vor allem montags."
- "Wenig Weiterbildung, seit zwei Jahren keine Schulung mehr."
- "Schichtplan: bitte früher veröffentlichen!"
- "Teamleitung ist nett, aber Entscheidungen dauern ewig."
- "Die Kaffeemaschine ist seit Wochen kaputt, kleine Sache, aber nervt."
- "Ich würde gerne mal in den Second Level reinschnuppern." """),
(1, "general_qa", "de", "before", "notes", "EU-de-p04", """Ich bin seit drei Monaten Teamleiterin im Kundenservice (11 Leute) und das sind Antworten aus unserer anonymen Befragung:
- "Die Schichtpläne kommen zu spät, oft erst am Donnerstag für die nächste Woche."
- "Ich fühle mich von der Teamleitung nicht gehört, Vorschläge versanden."
- "Zu viele Anrufe pro Stunde, kaum Zeit zum Durchatmen."
- "Teamleitung ist nett, aber Entscheidungen dauern ewig."
- "Wenig Weiterbildung, seit zwei Jahren keine Schulung mehr."
Wie gehe ich damit um? Wie stelle ich die Ergebnisse im Teammeeting vor, ohne defensiv zu wirken, und was kann ich schnell verbessern, wenn ich beim Ticketsystem und der Anruflast selbst nichts entscheiden kann?"""),
(1, "open_qa", "de", "none", "none", None, """Woher kommt eigentlich der/die/das? Warum ist das Mädchen sächlich?"""),
(0, "classification", "de", "after", "prose", None, """"Hallo, ich habe die Jacke in Größe M bestellt, sie ist aber viel zu klein. Kann ich sie gegen L tauschen?"

Anliegen: Rücksendung, Umtausch, Reklamation oder Lieferstatus?"""),
(0, "classification", "de", "before", "list", None, """was passt nicht: Rhein, Elbe, Donau, Bodensee, Weser"""),
(1, "creative_writing", "de", "none", "none", None, """Abzählreim für die Kita, kurz, mit Tieren aus dem Wald"""),
(1, "general_qa", "de", "none", "none", None, """Eine Kollegin nimmt sich ständig mein Essen aus dem Bürokühlschrank, obwohl mein Name draufsteht. Sie ist sonst echt nett. Wie spreche ich das an, ohne dass es peinlich wird?"""),
(0, "summarization", "de", "before", "notes", None, """Mach aus meinen Notizen eine kurze zusammenhängende Zusammenfassung für die Geschichtsklausur:

weimarer republik 1918/19-1933. novemberrevolution, kaiser dankt ab, ausrufung republik 9.11.1918 (scheidemann). verfassung 1919, weimar, art. 48 notverordnungen = schwachstelle. belastungen: versailler vertrag (reparationen, kriegsschuldartikel 231), dolchstoßlegende. krisenjahre: kapp-putsch 1920, hyperinflation 1923, hitlerputsch münchen 1923. "goldene zwanziger" 1924-29 dawes-plan, stresemann, kultur blüht. weltwirtschaftskrise 1929 -> arbeitslosigkeit 6 mio, präsidialkabinette brüning/papen/schleicher. 30.1.1933 hitler reichskanzler."""),
(1, "open_qa", "de", "none", "none", None, """Warum gibt es in Deutschland eigentlich immer noch kein generelles Tempolimit auf der Autobahn?"""),
(0, "summarization", "de", "after", "story", None, """Der Leuchtturm von List war seit elf Jahren automatisiert, aber Uwe Petersen ging trotzdem jeden Morgen hinauf. Er war dreiundsiebzig, hatte zweiunddreißig Jahre lang das Feuer gewartet und wusste, dass die Technik ihn nicht brauchte. Er stieg die hundertzwölf Stufen trotzdem, putzte mit einem Lappen die Scheiben, die niemand mehr putzen musste, und trug in ein kariertes Heft ein, was er sah: Windrichtung, Wolken, Schiffe, Vögel. Das Heft las niemand. Er schrieb es trotzdem.

Im Frühjahr tauchte auf der Treppe ein Mädchen auf. Sie hieß Lene, war vielleicht zehn, trug eine viel zu große Regenjacke und ein Fernglas um den Hals, das so schwer aussah, dass sie beim Gehen leicht nach vorn kippte. Ihre Mutter arbeitete den Sommer über im Hotel am Hafen, und Lene hatte keine Lust auf den Hotelspielplatz. "Ich zähle Vögel", sagte sie, als hätte sie das Recht, hier zu sein. Uwe sagte nichts. Am nächsten Morgen war sie wieder da.

Sie stiegen von da an gemeinsam. Lene zählte Austernfischer und Brandseeschwalben, Uwe zeigte ihr, wie man Eiderenten von weitem erkennt, und irgendwann gab er ihr eine Seite in seinem karierten Heft. Sie schrieb mit Bleistift und großen Buchstaben, und sie schrieb Dinge, die er nie aufgeschrieben hätte: "Heute riecht das Meer nach Gurke." "Eine Möwe hat einen Mann mit Fischbrötchen überfallen." "Uwe hat gelacht."

Im August fand Lene beim Zählen auf einer Sandbank eine Kolonie Zwergseeschwalben, die dort seit Jahren niemand gesehen hatte. Uwe rief beim Naturschutzverein an, der erst nicht glauben wollte, dass ein alter Leuchtturmwärter und ein Kind etwas entdeckt hatten, was den Fachleuten entgangen war. Dann kam eine Biologin mit Spektiv und Notizbuch und blieb drei Tage. Am Ende fragte sie, ob sie das karierte Heft sehen dürfe. Sie blätterte lange darin. "Das sind elf Jahre tägliche Beobachtungen", sagte sie. "Wissen Sie, was das wert ist?"

Uwe wusste es nicht. Er hatte nie darüber nachgedacht. Die Biologin nahm eine Kopie mit, und im Winter kam ein Brief: Die Daten aus dem Heft würden in eine Studie über die Veränderung der Vogelzüge an der Nordsee einfließen. Unter den Danksagungen stünden zwei Namen.

Lene war da schon längst wieder in Bielefeld. Sie schrieb ihm zu Weihnachten eine Karte mit einer gezeichneten Zwergseeschwalbe und der Frage, ob er weiterzähle. Uwe antwortete nicht mit einem Brief, sondern mit einer Seite aus dem Heft, auf die er in großen Buchstaben geschrieben hatte: "Heute riecht das Meer nach Schnee. Ich zähle weiter. Du auch?"

Kannst du die Geschichte in höchstens 100 Wörtern zusammenfassen? Das ist für das Lesetagebuch meines Sohnes (6. Klasse)."""),
(0, "summarization", "de", "after", "transcript", None, """Transkript aus unserem Regionalpodcast "Moselstimmen", Folge 42, Gespräch mit Winzerin Katrin Hoffmann aus Traben-Trarbach

Moderator: Frau Hoffmann, Sie machen seit 22 Jahren Wein an der Mosel, in dritter Generation. Was hat sich in der Zeit verändert?
Hoffmann: Alles, ehrlich gesagt. Als ich angefangen habe, hat mein Vater noch gesagt: Ein guter Riesling-Jahrgang kommt alle drei, vier Jahre. Heute haben wir eigentlich jedes Jahr genug Reife, das Problem ist eher das Gegenteil. Die Lese hat sich um fast drei Wochen nach vorne verschoben. Früher haben wir Mitte Oktober angefangen, jetzt manchmal schon Ende September. Und dann ist es tagsüber noch 25 Grad, die Trauben werden schnell faul, und man muss in ein paar Tagen alles reinholen.
Moderator: Also ist der Klimawandel für Moselwinzer erst mal gar nicht so schlecht?
Hoffmann: Das hören wir oft. Kurzfristig stimmt es ein bisschen, weil die Steillagen, die früher zu kalt waren, jetzt wunderbare Weine bringen. Aber das Problem sind die Extreme. Wir hatten zwei Jahre hintereinander Spätfrost im April, da erfrieren die jungen Triebe in einer Nacht, und dann ist die halbe Ernte weg. Wir hatten Hagel im Juli, der in zehn Minuten die Trauben zerschlagen hat. Und wir hatten Trockenheit, wo die jungen Reben, die noch keine tiefen Wurzeln haben, einfach vertrocknet sind. Die alten Reben kommen damit besser zurecht, die gehen mit den Wurzeln zehn, fünfzehn Meter tief in den Schiefer.
Moderator: Was machen Sie dagegen?
Hoffmann: Wir haben angefangen, anders zu arbeiten. Wir lassen zwischen den Rebzeilen Gras und Kräuter wachsen, das hält die Feuchtigkeit im Boden und verhindert Erosion bei Starkregen. Wir entblättern weniger, damit die Trauben nicht so viel Sonne abbekommen, sonst gibt es Sonnenbrand auf den Beeren, das klingt lustig, ist aber ein echtes Problem. Und wir pflanzen bei Neuanlagen zum Teil andere Klone, die später reifen. Ein Kollege experimentiert sogar mit pilzwiderstandsfähigen Rebsorten, sogenannten PIWIs, weil man damit viel weniger spritzen muss.
Moderator: Und der Riesling? Wird es den an der Mosel in 50 Jahren noch geben?
Hoffmann: Ich glaube schon, aber vielleicht anders. Vielleicht mit weniger Restsüße, weil die Säure niedriger ist. Die typischen filigranen Kabinettweine mit acht Prozent Alkohol, die wir so lieben, die werden schwieriger. Das ist für mich der größte Verlust, weil das eigentlich das ist, was die Mosel weltweit einzigartig macht.
Moderator: Gibt es auch wirtschaftliche Probleme?
Hoffmann: Oh ja. Die Steillagen sind unglaublich arbeitsintensiv, da kann man keine Maschine reinschicken. Viele kleine Betriebe hören auf, weil die Kinder nicht übernehmen wollen, und dann verbuschen die Hänge. Das sieht man inzwischen an vielen Stellen. Die Touristen kommen wegen der Weinberge, aber wenn die Weinberge weg sind, kommen sie auch nicht mehr.
Moderator: Was würden Sie sich von der Politik wünschen?
Hoffmann: Mehr Unterstützung für die Steillagen, zum Beispiel über Flurbereinigung und Förderung von Monorackbahnen, damit man die Arbeit überhaupt noch schaffen kann. Und weniger Bürokratie. Ich verbringe inzwischen zwei Tage pro Woche im Büro statt im Weinberg.
Moderator: Zum Schluss: Ihr Lieblingswein aus dem eigenen Keller?
Hoffmann: Ein trockener Riesling aus der Lage Trarbacher Hühnerberg, Jahrgang 2019. Der erzählt, wie es früher war und wie es werden könnte.

Fass das Gespräch für unsere Podcast-Shownotes zusammen: 5 Stichpunkte zu den Kernaussagen, dann ein Satz zum Lieblingswein. Keine eigenen Bewertungen."""),
(0, "classification", "de", "after", "reviews", None, """App-Store-Bewertungen des DB Navigator aus der letzten Woche:

1. "Seit dem Update stürzt die App beim Öffnen der Tickets ab. Im Zug ohne Ticket, danke."
2. "Verspätungsinfos kommen oft erst, wenn der Zug schon weg ist."
3. "Ticketkauf geht schnell, Sparpreise findet man gut. 5 Sterne."
4. "Das Deutschlandticket lässt sich nicht mehr in die App laden, Fehlermeldung 'unbekannt'."
5. "Die Preise sind eine Frechheit, 139 Euro für Köln-Berlin ohne Bahncard."
6. "Komfort-Check-in ist super, endlich keine Kontrolle mehr im Schlaf."
7. "Gleiswechsel wurde nicht angezeigt, Anschluss verpasst."
8. "App frisst extrem viel Akku."
9. "Sitzplatzreservierung wird bezahlt, aber nicht angezeigt."
10. "Übersichtlich, gut gemacht, nutze ich täglich."
11. "Warum kostet die Reservierung jetzt 5,50? Früher 4,90."
12. "Push-Benachrichtigungen über Zugausfälle funktionieren zuverlässig, top."
13. "Login geht nur noch mit Zwei-Faktor, und der Code kommt nicht an."
14. "Die Echtzeitkarte zeigt Züge an Orten, wo sie nie waren."
15. "Bahncard digital in der App, sehr praktisch."
16. "Beim Bezahlen mit PayPal kommt jedes zweite Mal ein Fehler."
17. "Ersatzverbindungen werden bei Ausfall gar nicht vorgeschlagen."
18. "Sparpreis-Finder ist das Beste an der App."
19. "Nach jedem Update muss ich mich neu einloggen."
20. "Für eine Familie mit drei Kindern ist Bahnfahren einfach zu teuer geworden."
21. "Die Wagenreihung stimmt fast nie, immer falsch eingestiegen."
22. "Fahrgastrechte-Formular in der App ist super, Geld kam nach einer Woche."
23. "App hängt im Funkloch komplett, Tickets müssten offline verfügbar sein."
24. "Die Preise sind okay, wenn man früh bucht."

Ordne jede Bewertung einem Thema zu: TECHNIK (Abstürze, Login, Akku), ECHTZEITINFO, PREIS, TICKETKAUF & SERVICE, LOB ALLGEMEIN. Format "Nummer – Thema", ohne Kommentar. Am Ende bitte die Anzahl pro Thema."""),
(0, "summarization", "de", "before", "email", "EU-de-p05", """Kannst du mir den Brief meiner Krankenkasse zusammenfassen? Was ändert sich?

Sehr geehrte Versicherte,
wir informieren Sie darüber, dass der Verwaltungsrat der Kasse beschlossen hat, den kassenindividuellen Zusatzbeitrag zum 1. Januar von 1,7 Prozent auf 2,5 Prozent anzuheben. Grund hierfür sind die erheblich gestiegenen Ausgaben für Krankenhausbehandlungen und Arzneimittel sowie die gesetzlichen Vorgaben zur Auffüllung der Finanzreserven. Bei einem beitragspflichtigen Einkommen von 3.500 Euro monatlich bedeutet dies für Sie als Arbeitnehmer eine Mehrbelastung von 14 Euro pro Monat, da der Zusatzbeitrag zur Hälfte von Ihrem Arbeitgeber getragen wird. Gleichzeitig erweitern wir unser Bonusprogramm: Für Vorsorgeuntersuchungen, Impfungen und die Teilnahme an zertifizierten Gesundheitskursen erhalten Sie künftig bis zu 150 Euro pro Jahr statt bisher 100 Euro. Die professionelle Zahnreinigung wird weiterhin mit bis zu 60 Euro jährlich bezuschusst. Aufgrund der Erhöhung steht Ihnen ein Sonderkündigungsrecht zu. Sie können Ihre Mitgliedschaft bis zum Ablauf des Monats, für den der erhöhte Zusatzbeitrag erstmals erhoben wird, kündigen. Einen Überblick über die Zusatzbeiträge aller Krankenkassen finden Sie auf der Internetseite des GKV-Spitzenverbandes.
Mit freundlichen Grüßen
Ihre Krankenkasse"""),
(1, "general_qa", "de", "before", "email", "EU-de-p05", """Meine Krankenkasse schreibt:

"...der kassenindividuelle Zusatzbeitrag wird zum 1. Januar von 1,7 Prozent auf 2,5 Prozent angehoben. Gleichzeitig erweitern wir unser Bonusprogramm auf bis zu 150 Euro pro Jahr. Die professionelle Zahnreinigung wird weiterhin mit bis zu 60 Euro jährlich bezuschusst. Aufgrund der Erhöhung steht Ihnen ein Sonderkündigungsrecht zu."

Ich bin 34, angestellt, verdiene ca. 4.200 brutto, habe eine chronische Erkrankung (Morbus Crohn) und bin sehr zufrieden mit der Betreuung, vor allem weil die Kasse die Kosten für eine spezielle Ernährungsberatung übernommen hat. Lohnt sich ein Wechsel trotzdem? Worauf muss ich achten, damit ich nicht schlechter dastehe, und wie läuft so ein Wechsel ab?"""),
(0, "classification", "de", "before", "list", None, """Ich arbeite im Büro der Volkshochschule. Ordne die Nachrichten zu: ANMELDUNG, KURSAUSFALL/ÄNDERUNG, RECHNUNG/GEBÜHREN, KURSINHALT. Nur Nummer und Kategorie.

1. "Ist im Spanischkurs A2 am Dienstag noch ein Platz frei? Ich würde mich gern anmelden."
2. "Der Yogakurs am Donnerstag fand heute nicht statt, niemand hat Bescheid gesagt."
3. "Ich habe die Kursgebühr doppelt überwiesen, bitte um Rückerstattung."
4. "Braucht man für den Töpferkurs eigene Werkzeuge oder wird alles gestellt?"
5. "Gibt es eine Ermäßigung für Studierende?"
6. "Wird der Excel-Kurs auch online angeboten?"
7. "Meine Tochter (16) möchte am Fotografiekurs teilnehmen, geht das ohne Unterschrift von mir?"
8. "Ich habe gehört, die Dozentin vom Italienischkurs ist krank, wann geht es weiter?"
9. "Werden im Rhetorikkurs auch Bewerbungsgespräche geübt?"
10. "Ich möchte mich vom Kochkurs abmelden, bekomme ich das Geld zurück?" """),
(1, "open_qa", "de", "before", "prose", None, """In meinem neuen Arbeitsvertrag (Vollzeit, 52.000 € brutto, Softwarefirma in München) stehen zwei Klauseln, die mir komisch vorkommen:

"§ 4 Mehrarbeit. Mit der vereinbarten Vergütung sind sämtliche Überstunden und Mehrarbeit abgegolten."

"§ 11 Wettbewerbsverbot. Der Arbeitnehmer verpflichtet sich, für die Dauer von zwei Jahren nach Beendigung des Arbeitsverhältnisses nicht für ein Unternehmen tätig zu werden, das mit dem Arbeitgeber in Wettbewerb steht. Eine Entschädigung wird hierfür nicht gezahlt."

Sind diese Klauseln so überhaupt wirksam? Ich habe gelesen, dass pauschale Überstundenabgeltung nicht immer erlaubt ist und dass ein Wettbewerbsverbot ohne Karenzentschädigung unwirksam sei. Stimmt das, und was heißt das praktisch für mich?"""),
(0, "summarization", "de", "before", "transcript", None, """Kannst du das für die Eltern zusammenfassen, die nicht beim Elternabend waren? Maximal 6 Stichpunkte.

Kita-Leitung Frau Winkler: Guten Abend, schön, dass so viele gekommen sind. Ich muss leider mit keiner guten Nachricht anfangen. Wir haben derzeit drei Stellen unbesetzt, und zwei Kolleginnen sind langfristig krank. Wir können deshalb ab dem 1. November die Betreuungszeiten nicht mehr wie bisher von 7 bis 17 Uhr anbieten, sondern nur noch von 7:30 bis 16 Uhr.
Vater (Gruppe Igel): Das ist für uns eine Katastrophe, wir arbeiten beide bis 17 Uhr.
Frau Winkler: Das verstehe ich. Wir haben mit dem Träger vereinbart, dass es für Eltern, die nachweislich keine andere Möglichkeit haben, eine Notgruppe bis 17 Uhr gibt, maximal zwölf Kinder. Anmeldung mit Arbeitgeberbescheinigung bis zum 20. Oktober.
Mutter (Gruppe Füchse): Wird der Elternbeitrag dann reduziert?
Frau Winkler: Der Träger hat zugesagt, die Beiträge anteilig zu senken, solange die Einschränkung dauert. Die genaue Höhe kommt schriftlich.
Mutter (Gruppe Igel): Wie lange soll das gehen?
Frau Winkler: Ehrlich gesagt weiß ich es nicht. Wir haben zwei Bewerbungen, eine Kollegin könnte ab Januar anfangen. Ich hoffe, dass wir im Frühjahr wieder normal öffnen können.
Vater (Gruppe Füchse): Können wir als Eltern irgendwie helfen?
Frau Winkler: Ja, zwei Dinge: Erstens suchen wir Eltern, die bei Ausflügen begleiten, damit die nicht ausfallen. Zweitens: Wenn Sie Erzieherinnen oder Erzieher kennen, die eine Stelle suchen, sprechen Sie sie bitte an. Und der Elternbeirat will einen Brief an die Stadt schreiben, Frau Aydın sammelt dafür Unterschriften.
Frau Winkler: Zum Schluss noch: Das Laternenfest findet trotzdem statt, am 11. November um 17 Uhr, Treffpunkt im Garten."""),
(1, "creative_writing", "de", "before", "notes", None, """Ich soll bei der Jahreshauptversammlung unserer Freiwilligen Feuerwehr eine Laudatio halten. Infos:
- geehrt wird Hauptbrandmeister Klaus Reinhardt für 25 Jahre aktiven Dienst
- er ist Landwirt, hat Milchkühe, und ist schon mehrmals mitten im Melken zum Einsatz gefahren, einmal noch mit Gummistiefeln voller Mist
- legendär: der Einsatz beim Hochwasser 2013, als er zwei Tage fast ohne Schlaf Sandsäcke geschleppt hat
- er leitet seit zehn Jahren die Jugendfeuerwehr, viele der heutigen Aktiven hat er ausgebildet
- sein Spruch: "Erst der Schlauch, dann der Kaffee"
- er backt für jedes Übungswochenende einen Blechkuchen, immer Streuselkuchen
- seine Frau Anja ist im Saal und hat 25 Jahre lang nachts das Piepen des Melders ertragen
- bitte mit einem Augenzwinkern, aber auch mit Respekt, ca. 4 Minuten
Zum Schluss soll ich ihm das Ehrenzeichen überreichen und alle sollen aufstehen."""),
(0, "classification", "de", "before", "transcript", None, """Lies den Chatverlauf und entscheide: Muss das an den Second-Level-Support weitergegeben werden (JA/NEIN)? Und welche Priorität (HOCH/MITTEL/NIEDRIG)? Nur die zwei Antworten.

Support: Hallo, hier ist Jonas vom Support, wie kann ich helfen?
Kunde: Hallo, wir sind eine Zahnarztpraxis und seit heute Morgen startet unsere Praxissoftware nicht mehr. Es kommt "Datenbankverbindung fehlgeschlagen".
Support: Haben Sie den Server schon neu gestartet?
Kunde: Ja, zweimal. Bringt nichts.
Support: Ich sehe in der Fernwartung, dass der Datenbankdienst nicht startet. Das Logfile meldet eine beschädigte Indexdatei.
Kunde: Was heißt das? Wir haben das Wartezimmer voll, wir können keine Patientenakten öffnen und nicht abrechnen.
Support: Das kann ich auf meiner Ebene leider nicht reparieren, dafür braucht es einen Datenbankspezialisten.
Kunde: Bitte schnell, wir arbeiten gerade mit Papier und Kugelschreiber."""),
(1, "general_qa", "de", "before", "notes", None, """Grüezi, ich brauche einen Rat zur Altersvorsorge. Ich bin 36, wohne in Zürich, arbeite als Pflegefachfrau mit 100 % Pensum, Lohn rund 7.800 CHF brutto im Monat. Pensionskasse habe ich über den Arbeitgeber. Bisher habe ich noch nie in die Säule 3a einbezahlt, weil ich das Thema immer vor mir hergeschoben habe. Auf dem Sparkonto liegen etwa 45.000 CHF. Ich bin Single, keine Kinder, möchte in 5-10 Jahren vielleicht eine kleine Wohnung kaufen, eventuell aber auch zurück ins Tessin ziehen, wo meine Familie lebt.

Lohnt sich die Säule 3a für mich, und wenn ja: bei der Bank oder mit Fonds/ETF-Lösung? Ich höre auch oft, man solle mehrere 3a-Konten eröffnen wegen der Steuer beim Bezug. Stimmt das? Und was ist mit freiwilligen Einkäufen in die Pensionskasse?"""),
(0, "summarization", "de", "after", "log", None, """v2.4.0
- feat(auth): Anmeldung per Passkey (WebAuthn) zusätzlich zu Passwort
- feat(export): Rechnungen können jetzt als XRechnung (XML) exportiert werden
- fix(pdf): Umlaute in Kundennamen wurden im PDF teilweise als ? dargestellt
- fix(api): Timeout beim Abruf großer Kundenlisten (>10.000) behoben
- perf(db): Index auf rechnungen.kunde_id, Ladezeit Kundenübersicht von 4,2 s auf 0,6 s
- chore(deps): Update auf Django 5.0, Python 3.12 vorausgesetzt
- BREAKING: Der alte Endpoint /api/v1/invoices wurde entfernt, bitte /api/v2/rechnungen nutzen
- docs: Installationsanleitung für Docker aktualisiert
- fix(ui): Dark Mode zeigte in der Monatsübersicht weiße Schrift auf weißem Hintergrund
- feat(mahnwesen): automatische Zahlungserinnerung nach 14 Tagen (abschaltbar)

Mach daraus kurze Release Notes für unsere Kunden (keine Entwickler): 4-5 Sätze, das Wichtigste zuerst, und den Breaking Change deutlich erwähnen."""),
(1, "open_qa", "de", "before", "notes", None, """Servus, ich war vor drei Wochen in der Wachau wandern und hatte danach eine Zecke am Oberschenkel, die ich erst nach ca. einem Tag entfernt habe. Jetzt ist an der Stelle ein roter Fleck, ungefähr 6 cm groß, in der Mitte etwas heller, und er wird langsam größer. Es juckt nicht und tut nicht weh. Seit zwei Tagen fühle ich mich ein bisschen grippig, leichte Gliederschmerzen, kein Fieber. Gegen FSME bin ich geimpft.

Was kann das sein? Ist das gefährlich, und muss ich damit zum Arzt oder kann ich abwarten?"""),
(1, "creative_writing", "de", "before", "notes", None, """Schreib mir ein Anschreiben für eine Bewerbung als Erzieherin (Quereinstieg). Infos:
- Stelle: Erzieherin in einer Kita in Freiburg, 30 Std., Träger ist ein Elternverein, Konzept Waldpädagogik
- ich bin 41, habe 15 Jahre als Bankkauffrau gearbeitet
- seit zwei Jahren mache ich die berufsbegleitende Ausbildung zur Erzieherin, Abschluss im Juli
- Praktikum in einem Waldkindergarten im Schwarzwald, das hat mich total begeistert
- ich habe zwei eigene Kinder (9 und 12), bin seit Jahren Elternvertreterin
- Stärken: strukturiert, ruhig, gut im Umgang mit Eltern (von der Bank gewohnt, schwierige Gespräche zu führen)
- ich möchte erklären, warum ich wechsle, ohne die Bank schlechtzumachen
Eine Seite, persönlich, bitte keine Floskeln wie "hiermit bewerbe ich mich"."""),
(0, "classification", "de", "after", "email", "EU-de-p06", """"Sehr geehrte Frau Albers, vielen Dank für das angenehme Gespräch am Dienstag. Wir würden Sie gerne näher kennenlernen und laden Sie zu einem Probearbeitstag am Freitag, den 14., von 9 bis 15 Uhr in unserer Filiale in Kassel ein. Bitte bestätigen Sie den Termin bis Mittwoch. Mit freundlichen Grüßen, Personalabteilung"

Ist das eine Absage, eine Einladung oder ein Zwischenbescheid? Ein Wort."""),
(1, "creative_writing", "de", "after", "email", "EU-de-p06", """"Sehr geehrte Frau Albers, vielen Dank für das angenehme Gespräch am Dienstag. Wir würden Sie gerne näher kennenlernen und laden Sie zu einem Probearbeitstag am Freitag, den 14., von 9 bis 15 Uhr in unserer Filiale in Kassel ein. Bitte bestätigen Sie den Termin bis Mittwoch. Mit freundlichen Grüßen, Personalabteilung"

Schreib mir eine höfliche Antwort: Ich freue mich sehr, kann am 14. aber nicht, weil ich noch in meinem alten Job bin und an dem Tag eine Inventur habe. Vorschlag: 17. oder 18. Kurz und professionell."""),
(0, "summarization", "de", "after", "prose", None, """"Der Deutsche Wetterdienst warnt für Teile Bayerns und Baden-Württembergs vor Unwettern mit Starkregen von bis zu 60 Litern pro Quadratmeter in kurzer Zeit, Hagel und Sturmböen um 90 km/h. Die Warnung gilt von Donnerstagnachmittag bis Freitagmorgen. Keller und Tiefgaragen sollten nicht betreten werden." Bitte in einem Satz"""),
(1, "open_qa", "de", "none", "none", None, """Wie funktioniert das mit der neuen Grundsteuer? Ich bin Eigentümer einer kleinen Wohnung in NRW und meine Grundsteuer hat sich fast verdoppelt, während mein Nachbar mit Haus weniger zahlt. Wie kann das sein?"""),
(0, "classification", "de", "before", "list", None, """Markier jedes Ticket als BUG oder FEATURE REQUEST:
- "Beim Klick auf 'Speichern' kommt ein 500er, seit dem Deploy gestern"
- "Wäre cool, wenn man Kunden nach PLZ filtern könnte"
- "Datepicker springt im Februar auf März"
- "Bitte Export nach DATEV einbauen"
- "Umlaute im PDF-Export werden als Fragezeichen angezeigt" """),
(1, "general_qa", "de", "none", "none", None, """Lohnt es sich, mit dem Deutschlandticket von München nach Hamburg zu fahren, nur mit Regionalzügen? Wie lange dauert das ungefähr und wo steige ich am besten um? Ich hab Zeit, aber kein Geld."""),
(0, "summarization", "de", "after", "verse", "EU-de-p07", """Mein Vater reparierte alles,
das Radio, das Fahrrad, den Zaun,
sogar das Schweigen beim Abendbrot
klebte er mit einem Satz.
Als er ging, blieb im Keller
ein Glas mit Schrauben,
sortiert nach Größe.
Ich kann sie nicht benutzen.
Ich kann sie nicht wegwerfen.

Worum geht es in diesem Gedicht? Erklär es mir in zwei Sätzen."""),
(1, "creative_writing", "de", "after", "verse", "EU-de-p07", """Mein Vater reparierte alles,
das Radio, das Fahrrad, den Zaun,
sogar das Schweigen beim Abendbrot
klebte er mit einem Satz.
Als er ging, blieb im Keller
ein Glas mit Schrauben,
sortiert nach Größe.
Ich kann sie nicht benutzen.
Ich kann sie nicht wegwerfen.

Schreib ein Antwortgedicht aus Sicht des Vaters, im gleichen Stil: freie Verse, kurz, Alltagsgegenstände."""),
(0, "classification", "de", "before", "list", None, """Welche Sätze sind sarkastisch? Gib die Buchstaben an.
a) "Super, noch ein Meeting, das auch eine Mail hätte sein können."
b) "Danke für deine Hilfe beim Umzug, ehrlich."
c) "Die Bahn ist ja bekannt für ihre Pünktlichkeit."
d) "Ich freue mich auf den Urlaub."
e) "Klar, ich arbeite total gern am Wochenende ohne Bezahlung." """),
(0, "classification", "de", "before", "email", None, """spam? "DHL: Ihr Paket konnte nicht zugestellt werden. Bitte bestätigen Sie Ihre Adresse und zahlen Sie 1,99 € Zollgebühr." """),
(1, "creative_writing", "de", "none", "none", None, """Erzähl einen Witz über Schwaben und Sparsamkeit, so wie ihn ein Badener erzählen würde"""),
(0, "summarization", "de", "none", "none", None, """Zusammenfassung von Der Vorleser von Bernhard Schlink, in 5 Sätzen"""),
(1, "open_qa", "de", "none", "none", None, """Stimmt es, dass Goethe auch Minister war? Was hat der eigentlich alles gemacht außer Dichten?"""),
(1, "general_qa", "de", "none", "none", None, """wie werde ich die Fruchtfliegen in meiner Küche endlich los?"""),
(0, "classification", "de", "before", "prose", None, """positiv oder negativ: "na toll, schon wieder Montag" """),
(1, "open_qa", "de", "none", "none", None, """Woher hat Berlin eigentlich seinen Namen? Hat das was mit Bären zu tun?"""),
(0, "classification", "de", "before", "list", None, """der, die oder das: Butter, Teller, Radio, Liebe, Meer"""),
(1, "creative_writing", "de", "none", "none", None, """ein Haiku über die Alpen im ersten Morgenlicht"""),
(0, "summarization", "de", "none", "none", None, """tl;dr vom Film Good Bye, Lenin!"""),
(0, "classification", "de", "before", "list", None, """Deutschland, Österreich oder Schweiz? Graz, Basel, Linz, Freiburg, Luzern, Innsbruck"""),
(1, "general_qa", "de", "none", "none", None, """Wo kann man in Sachsen schön mit Kindern (5 und 8) wandern, ohne dass es zu steil wird?"""),
(0, "summarization", "de", "after", "email", None, """Von: Brigitte (Vorstand Chor Cantabile)
Betreff: Weihnachtskonzert – Stand der Dinge

Liebe Sängerinnen und Sänger, das Weihnachtskonzert findet wie geplant am 3. Advent, Sonntag 15.12., um 17 Uhr in der Stadtkirche St. Martin statt. Generalprobe ist am Samstag, 14.12., von 14 bis 18 Uhr in der Kirche. Bitte denkt daran: schwarze Kleidung, die Damen mit dem roten Schal, die Herren mit roter Krawatte.

Von: Thomas (Tenor)
Danke Brigitte. Gibt es schon eine Entscheidung, ob wir das Stück von Rutter singen oder nicht? In der letzten Probe klang der Mittelteil noch ziemlich wackelig.

Von: Chorleiterin Miriam
Ich entscheide das nach der Probe am 26.11. Wenn es bis dahin nicht sitzt, ersetzen wir es durch "Es ist ein Ros entsprungen" in der Fassung von Praetorius, die können wir alle. Bitte übt zu Hause mit den Übe-Dateien, die ich in die Cloud gestellt habe, vor allem die Tenöre ab Takt 34.

Von: Thomas
Verstanden 🙈

Von: Sabine (Alt)
Wer macht dieses Jahr den Kartenvorverkauf? Letztes Jahr war das Chaos, weil zwei Leute unterschiedliche Listen geführt haben.

Von: Brigitte
Gute Frage. Ich schlage vor, dass wir dieses Jahr nur über die Buchhandlung Lesezeichen und online verkaufen, keine privaten Listen. Karten 15 Euro, ermäßigt 10, Kinder frei. Jörg, kannst du das mit der Buchhandlung klären?

Von: Jörg (Bass, Kassenwart)
Mache ich. Die Buchhandlung will 10 Prozent Provision, das ist wie letztes Jahr. Für den Online-Verkauf richte ich bis Ende der Woche eine Seite ein. Abendkasse machen wir trotzdem, ab 16:15 Uhr.

Von: Karin (Sopran)
Ich kann leider zur Generalprobe erst ab 15:30 kommen, ich habe vorher eine Familienfeier. Ist das schlimm?

Von: Miriam
Karin, das ist okay, aber bitte sei pünktlich um 15:30, ab dann proben wir mit dem Streichquartett. Alle anderen ab 14 Uhr, wir stellen zuerst die Aufstellung.

Von: Sabine
Und der Glühweinstand nach dem Konzert? Letztes Jahr haben wir fast 600 Euro für die Chorkasse eingenommen.

Von: Brigitte
Der Kirchenvorstand hat zugestimmt, dass wir wieder vor der Kirche ausschenken dürfen, aber diesmal nur mit Pfandbechern und ohne Alkohol für Jugendliche, wir brauchen eine volljährige Aufsicht. Wer übernimmt? Ich brauche vier Leute in zwei Schichten.

Von: Thomas
Ich nehme die erste Schicht, dann habe ich eine Ausrede für meinen Tenor-Einsatz 😄

Von: Jörg
Ich mache die zweite. Pfandbecher leihe ich beim Sportverein, wie beim Sommerfest.

Von: Karin
Ich backe Plätzchen zum Verkaufen, wenn jemand mithilft.

Von: Brigitte
Super, danke euch allen. Nächste Probe wie immer Donnerstag 19:30 Uhr im Gemeindehaus. Und bitte: wer am Konzert nicht kann, sagt mir bis 1.12. Bescheid, damit Miriam die Aufstellung planen kann.

Ich bin neu im Chor und blicke bei diesem Mailverlauf nicht durch. Kannst du mir die wichtigsten Termine, was ich mitbringen/anziehen muss und offene Entscheidungen zusammenfassen? Stichpunkte."""),
(1, "open_qa", "de", "after", "prose", None, """Meine Schwägerin schwört auf diese Entgiftungskur und hat mir diesen Text geschickt:

"Unser Körper ist durch moderne Ernährung, Umweltgifte und Stress chronisch übersäuert und verschlackt. Schlacken lagern sich im Bindegewebe ab und sind die Ursache für Müdigkeit, Cellulite, Kopfschmerzen und sogar chronische Krankheiten. Die Basenfastenkur über 14 Tage hilft, diese Schlacken zu lösen und auszuscheiden. Dabei werden ausschließlich basische Lebensmittel gegessen, also Obst, Gemüse und Kräuter, während Fleisch, Getreide, Milchprodukte und Kaffee verboten sind, weil sie säurebildend wirken. Unterstützt wird die Entgiftung durch tägliche Einläufe mit Glaubersalz, Basenbäder und einen speziellen Entgiftungstee aus unserem Shop. Viele Anwender berichten schon nach drei Tagen von Kopfschmerzen und Hautausschlägen – das ist ein gutes Zeichen, denn es zeigt, dass die Giftstoffe den Körper verlassen. Mit einem Urinteststreifen können Sie jeden Morgen überprüfen, wie sauer Ihr Körper ist: Ein pH-Wert unter 7 zeigt eine Übersäuerung an. Nach der Kur fühlen Sie sich leichter, haben mehr Energie und haben in der Regel drei bis fünf Kilo verloren. Schulmediziner lehnen das Konzept der Verschlackung ab, weil sie daran nichts verdienen. Die Kur ist auch für Diabetiker und Menschen mit Bluthochdruck geeignet, sprechen Sie jedoch vorher mit Ihrem Heilpraktiker. Wiederholen Sie die Kur idealerweise zweimal im Jahr, im Frühjahr und im Herbst, um den Körper dauerhaft im Gleichgewicht zu halten."

Was ist an dem Ganzen dran? Gibt es "Schlacken" wirklich, kann man den Körper durch Essen übersäuern, und sagt der Urin-pH etwas über das Blut aus? Sind die Einläufe mit Glaubersalz gefährlich? Sie hat übrigens Typ-2-Diabetes."""),
(0, "summarization", "de", "before", "email", "EU-de-p08", """Fass mir diese Kundenbeschwerde für meinen Chef in 3-4 Sätzen zusammen:

Sehr geehrte Damen und Herren,
am 2. September habe ich in Ihrer Filiale in Mannheim ein Ecksofa (Modell "Lugano", Stoff anthrazit, 2.390 Euro) gekauft und die Lieferung für den 10. Oktober vereinbart. Am 10. Oktober kam niemand, ohne Absage. Auf meine Nachfrage hieß es, der Liefertermin sei "intern verschoben" worden. Neuer Termin war der 24. Oktober. An diesem Tag kamen die Monteure zwar, brachten aber ein Sofa in Beige. Ich habe die Annahme verweigert. Seitdem habe ich dreimal bei Ihrer Hotline angerufen und zwei E-Mails geschrieben, ohne eine konkrete Antwort zu bekommen. Ich habe für beide Liefertermine jeweils einen Urlaubstag genommen. Mein altes Sofa habe ich, wie von Ihnen empfohlen, bereits entsorgen lassen; wir sitzen seit sechs Wochen auf Gartenstühlen. Ich fordere Sie auf, mir bis zum 15. November einen verbindlichen Liefertermin für das richtige Sofa zu nennen und mir eine angemessene Entschädigung für die beiden verlorenen Urlaubstage anzubieten. Andernfalls trete ich vom Kaufvertrag zurück und verlange die vollständige Rückzahlung meiner Anzahlung von 800 Euro.
Mit freundlichen Grüßen
Martina Kühn"""),
(1, "creative_writing", "de", "before", "email", "EU-de-p08", """Diese Beschwerde kam bei uns an (ich bin Filialleiter im Möbelhaus):

"...am 2. September habe ich ein Ecksofa (Modell "Lugano", Stoff anthrazit, 2.390 Euro) gekauft. Am 10. Oktober kam niemand, ohne Absage. Am 24. Oktober kamen die Monteure, brachten aber ein Sofa in Beige. Ich habe die Annahme verweigert. Seitdem habe ich dreimal bei Ihrer Hotline angerufen, ohne Antwort. Ich habe für beide Liefertermine jeweils einen Urlaubstag genommen. Ich fordere Sie auf, mir bis zum 15. November einen verbindlichen Liefertermin zu nennen und eine angemessene Entschädigung anzubieten."

Schreib mir eine Antwort an Frau Kühn: ehrliche Entschuldigung ohne Ausreden, das richtige Sofa kann am 12. November geliefert werden (fester Termin, Zeitfenster 8-12 Uhr), als Entschädigung bieten wir 250 Euro Gutschrift auf den Kaufpreis und kostenlose Lieferung. Direkte Durchwahl von mir angeben (Platzhalter). Förmlich, aber menschlich."""),
(0, "classification", "de", "before", "list", None, """Ordne diese Kleinanzeigen aus unserem Gemeindeblatt einer Rubrik zu: WOHNEN, STELLENMARKT, VERKAUF, TIERE, VERANSTALTUNGEN. Nur Nummer und Rubrik.

1. "Suche 2-Zimmer-Wohnung in Ortsmitte, max. 650 € warm, Nichtraucherin mit Katze."
2. "Verkaufe gut erhaltenen Kinderwagen, Farbe grau, 80 €, Abholung in Oberdorf."
3. "Bäckerei Huber sucht Verkäuferin in Teilzeit, auch für Wiedereinsteigerinnen."
4. "Entlaufen: Kater Moritz, schwarz-weiß, seit Samstag vermisst, Nähe Friedhof."
5. "Flohmarkt der Grundschule am 21. September, 9 bis 13 Uhr, Standanmeldung im Sekretariat."
6. "Zu vermieten: Garage in der Bahnhofstraße, 45 € monatlich."
7. "Wir geben liebevoll aufgezogene Hühner ab, Rasse Sussex, 15 € pro Tier."
8. "Hausmeister auf Minijob-Basis für Wohnanlage gesucht, handwerkliches Geschick erforderlich."
9. "Verkaufe Brennholz, Buche, ofenfertig, 95 € pro Raummeter."
10. "Konzert des Musikvereins im Bürgerhaus, Samstag 20 Uhr, Eintritt frei." """),
(1, "general_qa", "de", "before", "notes", None, """Meine Mutter (79) lebt allein in ihrem Haus in einem Dorf bei Bamberg. Nach einem Sturz im Frühjahr hat sie Probleme mit dem Gehen, braucht Hilfe beim Duschen und vergisst in letzter Zeit öfter, ihre Tabletten zu nehmen. Sie will auf keinen Fall ins Heim. Ich wohne 200 km entfernt in Frankfurt, arbeite Vollzeit, mein Bruder wohnt in der Nähe, hat aber drei Kinder und einen Schichtjob. Einen Pflegegrad hat sie noch nicht. Finanziell: sie hat eine kleine Rente von 1.300 € und das Haus, sonst kaum Ersparnisse.

Wie gehen wir jetzt am besten vor? Was sollten wir zuerst tun (Pflegegrad? Pflegedienst? Hausnotruf?), wie teilen wir das zwischen uns Geschwistern auf, und welche Unterstützung gibt es, von der wir vielleicht nichts wissen?"""),
(0, "summarization", "de", "before", "prose", "EU-de-p09", """Was sind die wichtigsten Punkte aus diesem Beipackzettel? Kurz in Stichpunkten bitte:

Wie ist das Arzneimittel einzunehmen? Erwachsene und Jugendliche ab 12 Jahren nehmen 1 Tablette bis zu dreimal täglich ein. Der Abstand zwischen zwei Einnahmen sollte mindestens 6 Stunden betragen. Nehmen Sie die Tabletten unzerkaut mit reichlich Flüssigkeit während oder nach einer Mahlzeit ein. Nehmen Sie das Arzneimittel ohne ärztlichen Rat nicht länger als 4 Tage bei Fieber und nicht länger als 3 Tage bei Schmerzen ein. Was müssen Sie beachten? Nehmen Sie das Arzneimittel nicht ein, wenn Sie in den letzten drei Monaten der Schwangerschaft sind, wenn Sie an einem Magen- oder Zwölffingerdarmgeschwür leiden oder gelitten haben oder wenn Sie eine schwere Herz-, Leber- oder Nierenschwäche haben. Die gleichzeitige Anwendung mit anderen nichtsteroidalen Entzündungshemmern einschließlich Acetylsalicylsäure sollte vermieden werden. Bei gleichzeitigem Alkoholkonsum können Nebenwirkungen, insbesondere solche, die den Magen-Darm-Trakt betreffen, verstärkt werden. Ältere Patienten haben ein erhöhtes Risiko für Nebenwirkungen."""),
(1, "open_qa", "de", "before", "prose", "EU-de-p09", """Im Beipackzettel meiner Ibuprofen-Tabletten steht: "Die gleichzeitige Anwendung mit anderen nichtsteroidalen Entzündungshemmern einschließlich Acetylsalicylsäure sollte vermieden werden. Bei gleichzeitigem Alkoholkonsum können Nebenwirkungen, insbesondere den Magen-Darm-Trakt betreffend, verstärkt werden."

Warum genau ist das so? Ich nehme jeden Tag ASS 100 fürs Herz, darf ich dann gar kein Ibuprofen nehmen, wenn ich Rückenschmerzen habe? Und was ist mit Paracetamol als Alternative, ist das harmloser?"""),
(0, "classification", "de", "after", "prose", None, """Eine Stadt verliert ihr Gedächtnis

Es ist ein Skandal, über den in dieser Stadt kaum jemand spricht: Seit Januar ist das Stadtarchiv geschlossen, "vorübergehend", wie es auf einem laminierten Zettel an der Tür heißt. Vorübergehend heißt inzwischen neun Monate. Wer Familienforschung betreiben, eine Bauakte einsehen oder für eine Abschlussarbeit recherchieren will, steht vor verschlossenen Türen. Die Begründung der Verwaltung – Personalmangel und ein Wasserschaden im Magazin – mag stimmen. Aber sie erklärt nicht, warum es bis heute keinen Zeitplan gibt, keine Übergangslösung, keine digitale Alternative. Andere Städte unserer Größe haben längst begonnen, ihre Bestände zu digitalisieren. Hier dagegen scheint niemand zu wissen, wer eigentlich zuständig ist. Der Stadtrat hat das Thema zweimal vertagt. Das ist keine Kleinigkeit: Ein Archiv ist das Gedächtnis einer Stadt. Wer es verfallen lässt, nimmt in Kauf, dass Geschichte verloren geht – und mit ihr ein Stück Identität. Es ist höchste Zeit, dass der Oberbürgermeister dieses Thema zur Chefsache macht.

Ist das ein Kommentar oder ein Bericht? Und welches Ressort: Lokales, Politik, Kultur oder Wirtschaft? Nur die zwei Antworten."""),
(1, "general_qa", "de", "before", "notes", None, """Mein Mann und ich überlegen, ab nächstem Sommer ein Sabbatjahr zu machen und mit unseren drei Kindern (6, 10 und 13) sechs bis neun Monate zu reisen, vermutlich Skandinavien mit dem Wohnmobil und danach Südeuropa. Ich bin Lehrerin verbeamtet in NRW (Sabbatjahr-Modell möglich), er ist selbstständiger Elektriker mit zwei Angestellten. Wir haben ca. 40.000 € gespart, das Haus ist zur Hälfte abbezahlt. Die Älteste ist ehrlich gesagt wenig begeistert, sie will ihre Freunde nicht verlassen. Schulpflicht ist uns bewusst, wir wissen aber nicht, wie das geht.

Wie würdet ihr so etwas angehen? Was muss man mit der Schule klären, wie plant man das finanziell und mit seinem Betrieb, und wie nehmen wir die 13-Jährige mit ins Boot?"""),
(0, "summarization", "de", "after", "chat", None, """#team-checkout (Teams)
Lisa (PO): Kurze Info: Code Freeze für das Release 5.2 ist jetzt Donnerstag 18 Uhr statt Mittwoch, weil QA mehr Zeit braucht
Deniz: Reicht das für das Klarna-Feature? Mir fehlen noch die Tests für Teilzahlungen
Lisa: Wenn es bis Donnerstag 12 Uhr nicht im Review ist, schieben wir es auf 5.3
Deniz: Okay, ich versuch's, aber ehrlich eher 5.3
Marco (QA): Bitte denkt dran, dass wir ab Freitag nur noch Bugfixes mergen. Alles andere nach dem Release am Dienstag
Julia: Der Bug mit den doppelten Bestellbestätigungen ist gefixt, PR ist offen, braucht ein Review
Marco: Schau ich mir heute Nachmittag an
Lisa: Release-Termin bleibt Dienstag 6 Uhr morgens, Deployment macht Tobi, Rollback-Plan bitte bis Montag ins Wiki
Tobi: 👍 mach ich
Deniz: Und wer macht die Release Notes?
Lisa: Ich
Marco: Regression-Tests laufen Freitag und Montag, wer Lust auf Samstag hat, darf 😅
Julia: 🙃

Ich war krank, was muss ich wissen? Kurz zusammenfassen bitte"""),
(1, "open_qa", "de", "after", "code", None, """docker-compose.yml:
services:
  app:
    build: .
    ports:
      - "8000:8000"
    environment:
      DATABASE_URL: postgresql://user:pw@localhost:5432/shop
  db:
    image: postgres:16
    ports:
      - "5432:5432"

Die App im Container bekommt "connection refused" zur Datenbank. Wenn ich die App lokal ohne Docker starte, klappt localhost:5432 problemlos. Warum funktioniert localhost im Container nicht, und was muss ich in der DATABASE_URL eintragen? Und brauche ich dann überhaupt das Port-Mapping bei der db?"""),
(0, "classification", "de", "before", "list", None, """Ich arbeite bei einer Hausverwaltung. Ordne jede Mail ein: NOTFALL (sofort Handwerker), NORMAL (diese Woche) oder VERWALTUNG. Nur Nummer und Label.

1. "Im Keller steht das Wasser 10 cm hoch, es kommt aus einem Rohr an der Decke."
2. "Können Sie mir eine Kopie der letzten Nebenkostenabrechnung schicken?"
3. "Die Haustür schließt nicht mehr richtig, man muss sie fest zudrücken."
4. "Es riecht im ganzen Treppenhaus stark nach Gas!"
5. "Ich ziehe Ende März aus und möchte einen Termin für die Wohnungsübergabe."
6. "Die Heizung in meiner Wohnung ist seit heute früh kalt, draußen sind minus 8 Grad, ich habe ein Baby."
7. "Die Glühbirne im Treppenhaus im 2. Stock ist kaputt."
8. "Bitte ändern Sie meine Bankverbindung für die Mietzahlung." """),
(0, "summarization", "de", "after", "transcript", None, """"Hallo Schatz, Papa hier. Du, wir kommen am Sonntag doch nicht zum Mittagessen, sondern erst zum Kaffee, so um drei, weil Mama noch Dienst im Krankenhaus hat. Den Käsekuchen bringen wir mit, also kein Kuchen backen. Und sag deinem Bruder, er soll mir endlich die Bohrmaschine zurückgeben. Ruf mich mal an, aber bitte keine Sprachnachricht, die krieg ich nicht abgespielt." Was will mein Vater? Zwei Zeilen."""),
(1, "general_qa", "de", "none", "none", None, """Wie und wann sage ich meinem Chef, dass ich nach der Geburt im Juni ein Jahr in Elternzeit gehen will? Ich bin der einzige im Team, der das Reporting macht, und habe Angst, dass er sauer ist."""),
(1, "open_qa", "de", "none", "none", None, """Was passiert eigentlich, wenn man den Rundfunkbeitrag einfach nicht bezahlt? Kann man wirklich ins Gefängnis kommen, wie man manchmal liest?"""),
(0, "classification", "de", "after", "chat", "EU-de-p10", """Nachricht meiner Nachbarin im Hausflur-Chat: "Hallo, bei Ihnen läuft seit zwei Nächten bis 1 Uhr laute Musik. Ich muss um 5 aufstehen. Bitte ab 22 Uhr leiser, sonst muss ich mich leider an die Hausverwaltung wenden."

Ist das eine Bitte, eine Beschwerde oder eine Drohung? Nur ein Wort."""),
(1, "creative_writing", "de", "after", "chat", "EU-de-p10", """Nachricht meiner Nachbarin im Hausflur-Chat: "Hallo, bei Ihnen läuft seit zwei Nächten bis 1 Uhr laute Musik. Ich muss um 5 aufstehen. Bitte ab 22 Uhr leiser, sonst muss ich mich leider an die Hausverwaltung wenden."

Das war mein Mitbewohner, der hatte Besuch. Schreib mir eine Antwort, die sich ehrlich entschuldigt und verspricht, dass es nicht wieder vorkommt. Kurz, freundlich, vielleicht biete ich ihr ein Stück Kuchen an."""),
(1, "creative_writing", "de", "none", "none", None, """schreib einen Rap über Parkplatzsuche in München-Schwabing, mit Refrain zum Mitgrölen und einer Zeile über Anwohnerparkausweise"""),
(0, "classification", "de", "before", "list", None, """In welchen Sätzen ist "das/dass" falsch? Nummern bitte.
1. Ich glaube, das er morgen kommt.
2. Das Auto, dass dort steht, gehört mir.
3. Ich weiß, dass du recht hast.
4. Das ist das Buch, das ich meinte.
5. Schön, das du da bist. """),
(0, "summarization", "de", "after", "prose", "EU-de-p11", """"Schloss Neuschwanstein wurde ab 1869 im Auftrag des bayerischen Königs Ludwig II. oberhalb von Hohenschwangau im Allgäu errichtet. Der König, der sich zunehmend aus der Öffentlichkeit zurückzog, wollte eine idealisierte Ritterburg im Stil des Mittelalters. Er bewohnte das unvollendete Schloss nur wenige Monate bis zu seinem rätselhaften Tod 1886. Heute besuchen jährlich rund 1,4 Millionen Menschen das Schloss." Kurz gesagt: Was ist Neuschwanstein? Fasse den Text in einem Satz zusammen."""),
(1, "open_qa", "de", "none", "none", "EU-de-p11", """kurz gesagt: was ist Neuschwanstein, und warum wollte Ludwig II. überhaupt so ein Märchenschloss?"""),
(0, "summarization", "de", "after", "reviews", None, """"Ich habe den Akku-Staubsauger jetzt seit drei Monaten. Die Saugleistung ist für Hartböden super, auf Teppich eher mittel. Der Akku hält ungefähr 35 Minuten, das reicht für unsere 90 qm. Nervig ist, dass der Behälter klein ist und man ihn ständig leeren muss, und die Wandhalterung ist wackelig. Für den Preis aber okay." Fass die Bewertung in einem Satz zusammen."""),
(0, "classification", "de", "before", "prose", None, """Frage oder Beschwerde? "Wieso ist mein Paket nach zwei Wochen immer noch nicht da?" """),
(1, "creative_writing", "de", "none", "none", None, """Slogan für eine kleine Bäckerei in Köln-Ehrenfeld, gern mit kölschem Einschlag"""),
(0, "summarization", "de", "none", "none", None, """Zusammenfassung von Effi Briest, kurz"""),
(1, "general_qa", "de", "none", "none", None, """wie entkalke ich den Wasserkocher am besten ohne Chemie?"""),
(0, "classification", "de", "before", "list", None, """welche sind Säugetiere: Wal, Hai, Fledermaus, Pinguin, Biber"""),
(1, "creative_writing", "de", "none", "none", None, """kurzer Geburtstagsgruß für meinen Chef, bitte nicht schleimig"""),
(0, "classification", "de", "before", "prose", None, """formell oder informell: "Hey, kannste mir kurz die Datei rüberschicken?" """),
(1, "general_qa", "de", "none", "none", None, """wann ist die beste Zeit, auf die Zugspitze zu fahren, ohne im Stau an der Seilbahn zu stehen?"""),
(0, "summarization", "de", "before", "prose", None, """In fünf Wörtern: Das Training fällt heute aus, weil die Sporthalle wegen eines Wasserschadens gesperrt ist."""),
(1, "open_qa", "de", "none", "none", None, """wie viele Einwohner hat Österreich ungefähr, und wie viele davon leben in Wien?"""),
(0, "classification", "de", "before", "prose", None, """Plattdeutsch oder Niederländisch? "Wi snackt hier all Platt, ok de Lütten." """),
(0, "summarization", "de", "after", "prose", None, """BETRIEBSVEREINBARUNG zur Nutzung von KI-Anwendungen am Arbeitsplatz (Auszug)

§ 1 Geltungsbereich
Diese Betriebsvereinbarung gilt für alle Beschäftigten des Unternehmens an den Standorten Stuttgart und Reutlingen einschließlich Auszubildender und Werkstudierender. Sie regelt den Einsatz von Anwendungen, die auf generativer künstlicher Intelligenz beruhen, insbesondere Chatbots, Textgeneratoren, Übersetzungsdienste und Code-Assistenten (im Folgenden "KI-Anwendungen").

§ 2 Zugelassene Anwendungen
(1) Zur dienstlichen Nutzung zugelassen sind ausschließlich die vom Unternehmen bereitgestellten KI-Anwendungen, die im Intranet unter "Freigegebene Tools" aufgeführt sind. Diese werden auf Servern innerhalb der Europäischen Union betrieben; eingegebene Daten werden nicht zum Training der Modelle verwendet.
(2) Die Nutzung privater Konten bei öffentlich zugänglichen KI-Diensten für dienstliche Zwecke ist untersagt.
(3) Neue Anwendungen können von den Fachabteilungen über das IT-Ticketsystem zur Prüfung beantragt werden. Die Entscheidung trifft die IT-Sicherheit im Einvernehmen mit dem Datenschutzbeauftragten; der Betriebsrat wird vor der Freigabe informiert.

§ 3 Umgang mit Daten
(1) Personenbezogene Daten von Kunden, Beschäftigten oder Dritten dürfen nur in KI-Anwendungen eingegeben werden, die hierfür ausdrücklich als geeignet gekennzeichnet sind (Kennzeichnung "Schutzstufe 2").
(2) Betriebs- und Geschäftsgeheimnisse, insbesondere Konstruktionszeichnungen, unveröffentlichte Finanzzahlen und Quellcode aus Kundenprojekten, dürfen in keine KI-Anwendung eingegeben werden, es sei denn, es liegt eine schriftliche Freigabe der jeweiligen Projektleitung vor.
(3) Beschäftigte sind verpflichtet, die von einer KI-Anwendung erzeugten Inhalte vor ihrer Verwendung auf sachliche Richtigkeit zu prüfen. Die Verantwortung für das Arbeitsergebnis verbleibt beim Beschäftigten.

§ 4 Kennzeichnung
Texte, Bilder oder sonstige Inhalte, die überwiegend mit Hilfe einer KI-Anwendung erstellt wurden und an Kunden oder die Öffentlichkeit gerichtet sind, sind als solche zu kennzeichnen. Interne Arbeitsdokumente müssen nicht gekennzeichnet werden.

§ 5 Leistungs- und Verhaltenskontrolle
(1) Die Protokolldaten der KI-Anwendungen werden ausschließlich zur Gewährleistung der IT-Sicherheit und zur Fehlerbehebung ausgewertet. Eine Auswertung zur Leistungs- oder Verhaltenskontrolle einzelner Beschäftigter findet nicht statt.
(2) Protokolldaten werden nach 30 Tagen gelöscht.
(3) Eine Auswertung im Einzelfall ist nur bei konkretem Verdacht einer schwerwiegenden Pflichtverletzung und nur unter Beteiligung des Betriebsrats zulässig.

§ 6 Qualifizierung
Das Unternehmen bietet allen Beschäftigten innerhalb von sechs Monaten nach Inkrafttreten dieser Vereinbarung eine mindestens vierstündige Schulung zum sicheren und verantwortungsvollen Umgang mit KI-Anwendungen an. Die Teilnahme gilt als Arbeitszeit. Für Beschäftigte in besonders betroffenen Bereichen (u. a. Übersetzung, Kundenservice, Softwareentwicklung) werden weiterführende Schulungen angeboten.

§ 7 Beschäftigungssicherung
Der Einsatz von KI-Anwendungen dient der Unterstützung der Beschäftigten. Betriebsbedingte Kündigungen, die unmittelbar auf die Einführung von KI-Anwendungen zurückzuführen sind, sind bis zum 31. Dezember 2027 ausgeschlossen. Sollten sich Tätigkeiten wesentlich verändern, werden betroffene Beschäftigte vorrangig für andere Aufgaben qualifiziert.

§ 8 Inkrafttreten
Diese Vereinbarung tritt am 1. März in Kraft und kann mit einer Frist von sechs Monaten zum Jahresende gekündigt werden.

Fass das für die Kolleginnen und Kollegen in der Abteilung zusammen: Was dürfen wir, was nicht, und was haben wir davon? Maximal 8 Stichpunkte, einfache Sprache."""),
(1, "general_qa", "de", "before", "notes", None, """Ich brauche einen ehrlichen Rat, weil ich gerade ziemlich frustriert bin.

Ich bin selbstständige Grafikdesignerin in Wien, seit vier Jahren, hauptsächlich Logos, Corporate Design und Verpackungen für kleine Betriebe. Mein Stundensatz liegt bei 65 Euro, was in Wien eher am unteren Ende ist, aber ich hatte am Anfang Angst, Kunden zu verlieren. Ich arbeite meistens mit Pauschalpreisen pro Projekt.

Aktuell habe ich einen Kunden, eine Bio-Bäckerei mit drei Filialen. Vereinbart war ein Logo-Redesign mit drei Entwürfen und zwei Korrekturschleifen, Pauschale 1.800 Euro. Inzwischen sind wir bei der siebten Korrekturschleife. Der Inhaber schickt mir Fotos von Logos anderer Bäckereien und schreibt "so ungefähr, aber anders". Seine Frau hat eine andere Meinung als er, und die beiden schicken mir getrennt Feedback, das sich widerspricht. Zusätzlich hat er "nebenbei" gefragt, ob ich nicht auch gleich die Papiertüten, die Visitenkarten und das Schild über der Tür anpassen kann, "das sind ja nur Kleinigkeiten". Ich habe bisher alles gemacht, weil ich nett sein wollte und weil er mir gesagt hat, dass er mich weiterempfehlen würde. Rechnerisch arbeite ich inzwischen für etwa 22 Euro die Stunde.

Gleichzeitig habe ich zwei andere Anfragen, die ich vertrösten musste, weil ich mit diesem Projekt nicht fertig werde. Eine davon wäre ein größeres Verpackungsprojekt für eine Kosmetikfirma.

Mein Vertrag mit der Bäckerei ist eine einfache Auftragsbestätigung per Mail, in der die drei Entwürfe und zwei Korrekturschleifen stehen, aber nichts darüber, was danach passiert.

Meine Fragen: Wie spreche ich das jetzt an, ohne dass er sauer wird und mich schlecht bewertet? Kann ich nachträglich noch Geld für die zusätzlichen Korrekturen und die Tüten verlangen? Wie formuliere ich künftig Angebote und Verträge, damit mir das nicht wieder passiert? Und ganz allgemein: Sollte ich meinen Stundensatz erhöhen, und wenn ja, wie kommuniziere ich das bestehenden Kunden? Ich würde mich freuen, wenn du mir auch einen groben Vorschlag machst, wie eine Mail an den Bäcker aussehen könnte."""),
(0, "classification", "de", "after", "email", None, """Leserbriefe zum geplanten Tempo 30 auf der gesamten Hauptstraße:

1. "Endlich! Ich wohne direkt an der Hauptstraße und kann nachts wegen der Raser kaum schlafen. Tempo 30 wird die Lebensqualität für Hunderte Anwohner deutlich verbessern. Danke an den Gemeinderat für diesen mutigen Schritt." (Helga S.)

2. "Ich pendle jeden Tag mit dem Auto zur Arbeit nach Ulm. Schon jetzt stehe ich morgens zehn Minuten im Stau. Mit Tempo 30 wird es noch schlimmer. Die Politik vergisst immer die Menschen, die auf das Auto angewiesen sind, weil der Bus nur stündlich fährt." (Rainer K.)

3. "Als Mutter von zwei Grundschulkindern, die die Hauptstraße jeden Tag überqueren müssen, bin ich sehr froh über die Pläne. Letztes Jahr wurde ein Junge am Zebrastreifen angefahren. Tempo 30 kann Leben retten." (Ayşe D.)

4. "Grundsätzlich finde ich die Idee richtig, aber warum auf der gesamten Länge? Im Gewerbegebiet am Ortsausgang wohnt niemand. Dort würde Tempo 50 reichen. Ich wünsche mir eine differenzierte Lösung statt einer Pauschallösung." (Michael B.)

5. "Wieder wird über die Köpfe der Bürger hinweg entschieden. Hat irgendjemand die Geschäftsleute gefragt? Wenn der Verkehr noch zäher wird, fahren die Kunden lieber ins Einkaufszentrum an der B10. Das ist das Ende unserer Innenstadt." (Gerhard W., Inhaber eines Schuhgeschäfts)

6. "Als Radfahrer begrüße ich die Maßnahme ausdrücklich. Bei Tempo 50 fühle ich mich auf der Hauptstraße ständig bedrängt. Allerdings sollte zusätzlich ein markierter Radstreifen kommen, sonst ändert sich für uns wenig." (Jonas F.)

7. "Ich bin hin- und hergerissen. Einerseits ist es wirklich laut, andererseits bezweifle ich, dass sich jemand an Tempo 30 hält, wenn nicht kontrolliert wird. Dann haben wir nur ein neues Schild und sonst nichts." (Renate L.)

8. "Studien zeigen, dass Tempo 30 den Verkehrsfluss kaum verlangsamt, weil man ohnehin von Ampel zu Ampel fährt. Die Lärmbelastung sinkt dagegen deutlich. Ich verstehe die Aufregung nicht." (Dr. Peter H.)

9. "Die Busse des Stadtverkehrs werden durch Tempo 30 ihren Takt nicht mehr halten können. Wer hat das bedacht? Ich fahre jeden Tag Bus und habe jetzt schon Probleme, meinen Anschluss am Bahnhof zu erreichen." (Inge M.)

10. "Als Feuerwehrmann kann ich sagen: Für Einsatzfahrzeuge macht Tempo 30 keinen großen Unterschied, wir dürfen ohnehin schneller fahren. Für die Sicherheit der Fußgänger ist es ein Gewinn." (Stefan R.)

11. "Ich bin 81 und brauche an der Ampel vor der Apotheke immer zu lange. Wenn die Autos langsamer fahren, traue ich mich vielleicht wieder allein in die Stadt. Bitte setzen Sie das schnell um." (Elfriede N.)

12. "Tempo 30 auf einer Bundesstraßen-Ortsdurchfahrt ist rechtlich fragwürdig und wird vermutlich vor Gericht landen. Das Geld für Gutachten und Schilder sollte man lieber in Schallschutzfenster für die Anwohner stecken." (Thomas G.)

Ordne jeden Leserbrief ein: DAFÜR, DAGEGEN oder GEMISCHT (teils dafür, teils Bedenken). Nur Nummer und Label, untereinander."""),
(0, "summarization", "de", "before", "prose", "EU-de-p12", """Fass mir diesen Artikel in drei Sätzen zusammen:

MÜNSTER – Zum Start des Wintersemesters haben in Münster nach Angaben des Studierendenwerks noch immer mehr als 2.000 Studierende keine feste Unterkunft. In den Wohnheimen stehen rund 5.500 Plätze zur Verfügung, auf der Warteliste standen im September aber über 4.000 Namen. Die durchschnittliche Miete für ein WG-Zimmer ist innerhalb von zwei Jahren um fast 20 Prozent auf 520 Euro gestiegen und liegt damit deutlich über der Wohnkostenpauschale des BAföG. Das Studierendenwerk hat als Notlösung Betten in einer Turnhalle und in zwei Jugendherbergen bereitgestellt. Die Stadt verweist auf mehrere geplante Wohnheimneubauten, die jedoch wegen gestiegener Baukosten und langwieriger Genehmigungsverfahren frühestens in drei Jahren fertig werden. Studierendenvertreter fordern, leerstehende Büroflächen in Wohnraum umzuwandeln, und kritisieren, dass immer mehr Wohnungen als möblierte Kurzzeitapartments zu deutlich höheren Preisen vermietet werden."""),
(1, "open_qa", "de", "before", "prose", "EU-de-p12", """In einem Artikel über Münster steht, dass über 2.000 Studierende keine Unterkunft haben, WG-Zimmer im Schnitt 520 Euro kosten und "immer mehr Wohnungen als möblierte Kurzzeitapartments zu deutlich höheren Preisen vermietet werden".

Warum ist das mit den möblierten Apartments so ein Problem? Gilt die Mietpreisbremse dafür nicht? Und warum dauert es so lange, neue Wohnheime zu bauen, wenn doch alle wissen, dass sie fehlen?"""),
(0, "classification", "de", "before", "list", None, """Zu welchem Genre gehören diese Liedzeilen? Auswahl: SCHLAGER, RAP, VOLKSLIED, PUNK, LIEDERMACHER.

1. "Und wir tanzen heut Nacht unterm Sternenzelt, nur du und ich, das schönste Gefühl der Welt."
2. "Block in der Vorstadt, Mama hat geschuftet, jeder Euro zählt, während die Welt auf uns pfuscht, yeah."
3. "Im Frühtau zu Berge wir ziehn, fallera, es grünen die Wälder, die Höhn, fallera."
4. "Scheiß auf eure Regeln, scheiß auf euren Staat, wir sind laut und wir sind dreckig, drei Akkorde, die Nacht ist unser Rat."
5. "Ich sitze am Küchentisch und schreibe dir ein Lied, über die Stadt, die uns beide nicht mehr sieht, und über den Zug, der nicht mehr hält."
6. "Herzilein, du musst nicht traurig sein, ich weiß, du bist nicht gern allein."
7. "Mic in der Hand, Bars wie Beton, zwölf Jahre im Game und noch immer kein Thron."
8. "Am Brunnen vor dem Tore, da steht ein Lindenbaum." """),
(1, "creative_writing", "de", "before", "notes", None, """Ich muss bei der Sitzung unserer KG "Rheinische Jecken" zum 111-jährigen Jubiläum eine Büttenrede halten. Infos:
- Verein gegründet 1913 in einem Hinterzimmer der Kneipe "Zum Anker", weil man beim großen Verein nicht mitmachen durfte
- legendär: der Rosenmontagszug 1978, als unser Wagen in der Unterführung stecken blieb, weil der Elferrat den Turm zu hoch gebaut hatte
- unser Präsident Willi (72) trägt seit 30 Jahren dieselbe Pappnase und behauptet, sie sei "eingesungen"
- die Tanzgarde hat letztes Jahr zum ersten Mal beim Landesturnier gewonnen
- Dauerwitz: der Vereinskassierer, der jeden Cent dreimal umdreht und die Kamelle einzeln zählt
- Seitenhieb erlaubt auf den Nachbarverein aus Düsseldorf (Altbier!), aber freundlich
- Reimform, Paarreim, etwa 40-50 Zeilen, mit Pausen für "Tusch" und "Alaaf"
- ein bisschen Kölsch einstreuen, aber so, dass es die Gäste aus Bayern auch verstehen
- am Ende ein rührender Moment für die Mitglieder, die nicht mehr da sind, dann wieder Stimmung"""),
(0, "summarization", "de", "before", "notes", "EU-de-p13", """Fass das Protokoll unserer Bürgerinitiative für den Newsletter zusammen, 4-5 Sätze:

BI "Rettet den Stadtpark", Treffen am 12.3., 23 Teilnehmende
- Stand: Stadt plant auf 1,2 ha des Parks (Nordwiese) ein Parkhaus mit 400 Stellplätzen für das neue Klinikum
- Baumgutachten liegt vor: 38 Bäume müssten gefällt werden, darunter 6 Eichen über 100 Jahre
- BI schlägt Alternative vor: Parkhaus auf dem Gelände des ehemaligen Busdepots (500 m entfernt, versiegelt, steht leer)
- Stadtverwaltung hat Alternative bisher "geprüft und verworfen", Begründung unklar → Akteneinsicht beantragen (Frank)
- Unterschriftenliste: 3.140 Unterschriften, Ziel 5.000 bis zur Ratssitzung am 28.4.
- Aktion: Baumpatenschaften-Fest am 6.4. auf der Nordwiese, Anmeldung beim Ordnungsamt (Sabine)
- Kontakt zur Lokalzeitung: Interview zugesagt für nächste Woche (Gül)
- Kasse: 460 € Spenden, Flyer-Druck 180 € bewilligt
- nächstes Treffen 2.4."""),
(1, "creative_writing", "de", "before", "notes", "EU-de-p13", """Aus unserem Protokoll der Bürgerinitiative "Rettet den Stadtpark":
- Stadt plant auf 1,2 ha des Parks (Nordwiese) ein Parkhaus mit 400 Stellplätzen für das neue Klinikum
- 38 Bäume müssten gefällt werden, darunter 6 Eichen über 100 Jahre
- BI schlägt Alternative vor: ehemaliges Busdepot, 500 m entfernt, versiegelt, steht leer
- 3.140 Unterschriften bisher
- Baumpatenschaften-Fest am 6.4. auf der Nordwiese

Schreib daraus eine Pressemitteilung für die Lokalpresse: sachlich, mit einer griffigen Überschrift, einem Zitat unserer Sprecherin Gül Arslan (bitte erfinden, aber realistisch) und den Infos zum Fest. Wir sind nicht gegen das Klinikum, das soll klar werden."""),
(1, "open_qa", "de", "before", "prose", None, """In meinem Mietvertrag steht:

"§ 9 Schönheitsreparaturen. Der Mieter ist verpflichtet, die Schönheitsreparaturen in folgenden Abständen auszuführen: Küche und Bad alle 3 Jahre, Wohn- und Schlafräume alle 5 Jahre. Bei Auszug ist die Wohnung unabhängig vom Zeitpunkt der letzten Renovierung in weißer Farbe gestrichen zurückzugeben."

"§ 10 Kleinreparaturen. Kosten für Kleinreparaturen bis 150 Euro im Einzelfall trägt der Mieter, ohne Begrenzung der jährlichen Gesamtsumme."

Ich bin in eine unrenovierte Wohnung eingezogen. Sind diese Klauseln überhaupt wirksam? Ich habe mal gelesen, dass starre Fristen unzulässig sind. Und was gilt bei den Kleinreparaturen, wenn keine Obergrenze pro Jahr drinsteht?"""),
(0, "classification", "de", "before", "transcript", None, """Entscheide anhand des Gesprächs: Hat der Kunde Kündigungsabsicht? (JA/NEIN) Und Stimmung am Ende (positiv/neutral/negativ)?

Mitarbeiter: Guten Tag, Sie sprechen mit Herrn Schäfer vom Kundenservice.
Kunde: Tag. Ich ruf an, weil mein Vertrag im Mai ausläuft und ich gesehen habe, dass Neukunden bei Ihnen für den gleichen Tarif 15 Euro weniger zahlen als ich.
Mitarbeiter: Das verstehe ich. Darf ich kurz in Ihren Vertrag schauen? ... Sie haben den 100-Mbit-Tarif für 44,99.
Kunde: Genau. Und online steht der für 29,99 für Neukunden. Ich bin seit acht Jahren bei Ihnen.
Mitarbeiter: Ich kann Ihnen anbieten, auf den 250-Mbit-Tarif zu wechseln, für 34,99 für die nächsten 24 Monate.
Kunde: Hm. Ehrlich gesagt habe ich schon ein Angebot von der Konkurrenz, 250 Mbit für 29,99, und die schenken mir den Router.
Mitarbeiter: Da kann ich leider nicht ganz mitgehen. Das Beste wäre 32,99.
Kunde: Nee, dann wechsel ich. Schicken Sie mir bitte die Kündigungsbestätigung zum Vertragsende.
Mitarbeiter: In Ordnung, ich nehme das auf.
Kunde: Danke. Tschüss."""),
(1, "general_qa", "de", "before", "notes", None, """Ich bin 18, mache dieses Jahr Abi, voraussichtlich Schnitt 1,9. Eigentlich will ich seit Jahren Medizin studieren, aber mit 1,9 komme ich ohne Glück nicht rein. Optionen, über die ich nachdenke: 1) Ausbildung zur Pflegefachkraft oder zum Notfallsanitäter, das bringt Punkte, und dann neu bewerben, 2) Biologie oder Biochemie studieren und später wechseln, 3) Medizin im Ausland (Ungarn? Österreich?), aber das kostet teilweise 15.000 € im Jahr und meine Eltern können das nicht zahlen, 4) TMS machen und hoffen. Ich habe schon ein Praktikum im Krankenhaus gemacht und fand es toll, auch die stressigen Momente.

Wie würdest du vorgehen? Was sind realistische Chancen und Vor- und Nachteile jeder Option? Ich will keine Jahre verschwenden, aber auch nicht aufgeben."""),
(0, "summarization", "de", "after", "code", None, """#!/bin/bash
# Sicherung der Kundendaten, läuft jede Nacht per cron
QUELLE="/srv/kunden"
ZIEL="/mnt/nas/backup"
DATUM=$(date +%Y-%m-%d)
LOG="/var/log/backup_kunden.log"

mkdir -p "$ZIEL/$DATUM"
rsync -a --delete "$QUELLE/" "$ZIEL/$DATUM/" >> "$LOG" 2>&1

if [ $? -ne 0 ]; then
  echo "$DATUM: Backup FEHLGESCHLAGEN" | mail -s "Backup-Fehler" it@example.de
  exit 1
fi

# alte Sicherungen älter als 30 Tage löschen
find "$ZIEL" -maxdepth 1 -type d -mtime +30 -exec rm -rf {} \\;
echo "$DATUM: Backup ok" >> "$LOG"

Erklär mir in drei Sätzen, was das Skript macht – für die Doku, die Leser sind keine Admins."""),
(0, "classification", "de", "after", "prose", "EU-de-p14", """"Kuschelige Fleecedecke mit Ärmeln, 180 x 140 cm, waschbar bei 30 Grad, in fünf Farben erhältlich. Ideal für gemütliche Fernsehabende. Mit großer Fronttasche für Fernbedienung oder Snacks."

In welche Shop-Kategorie gehört das: HAUSHALT & WOHNEN, GARTEN, ELEKTRONIK, SPIELZEUG oder MODE? Nur die Kategorie."""),
(1, "creative_writing", "de", "after", "prose", "EU-de-p14", """"Kuschelige Fleecedecke mit Ärmeln, 180 x 140 cm, waschbar bei 30 Grad, in fünf Farben erhältlich. Ideal für gemütliche Fernsehabende. Mit großer Fronttasche für Fernbedienung oder Snacks."

Schreib mir dazu eine witzigere Produktbeschreibung für unseren Onlineshop, ca. 80 Wörter, Zielgruppe Studierende in kalten Altbauwohnungen."""),
(0, "summarization", "de", "after", "prose", None, """"Am Dienstagabend ist in der Bahnhofstraße ein Radfahrer von einem abbiegenden Lieferwagen erfasst und leicht verletzt worden. Der 34-Jährige kam mit Prellungen ins Krankenhaus. Die Polizei sucht Zeugen und weist darauf hin, dass an der Kreuzung seit Wochen die Ampel für Radfahrer defekt ist." Gib mir die Kernaussage als kurze Überschrift."""),
(1, "open_qa", "de", "none", "none", None, """Warum hat Deutschland überhaupt 16 Bundesländer, und warum benimmt sich Bayern immer so, als wäre es ein eigener Staat? Hat das historische Gründe?"""),
(0, "classification", "de", "before", "list", None, """Welche Wörter sind typisch österreichisch? Paradeiser, Tomate, Marille, Sahne, Jänner, Erdapfel, Brötchen"""),
(1, "general_qa", "de", "none", "none", None, """Mein Sohn (15) zockt jeden Tag 5-6 Stunden, die Noten rutschen ab und er ist gereizt, wenn wir was sagen. Verbieten bringt nichts, haben wir probiert. Wie kriegen wir das in den Griff, ohne dass das Familienleben zur Kampfzone wird?"""),
(1, "creative_writing", "de", "none", "none", None, """Schreib mir einen lustigen Einladungstext für unsere Einweihungsparty: Altbau im 4. Stock ohne Aufzug in Leipzig, Samstag ab 19 Uhr, jeder bringt was zu trinken mit, und wer beim Umzug geholfen hat, trinkt umsonst."""),
(0, "summarization", "de", "after", "reviews", None, """"Kleine Trattoria in einer Seitenstraße, sehr freundlicher Service, hausgemachte Pasta wirklich hervorragend, besonders die Ravioli mit Salbeibutter. Einziger Minuspunkt: sehr eng und laut, und man muss unbedingt reservieren." Fasse diese Bewertung als Überschrift mit höchstens acht Wörtern zusammen."""),
(0, "classification", "de", "before", "list", None, """Welcher Dialekt? Bairisch, Schwäbisch, Sächsisch oder Kölsch?
1. "Des is fei a scheena Dog heid."
2. "Mir schaffet bis mir umfallet."
3. "Nu, das gönn mer uns mal."
4. "Et hätt noch immer jot jejange." """),
(0, "classification", "de", "before", "prose", None, """positiv oder negativ: "gar nicht mal so schlecht, das Essen hier" """),
(1, "creative_writing", "de", "none", "none", None, """Name für unseren neuen Rauhaardackel, gern was Altmodisches"""),
(0, "summarization", "de", "none", "none", None, """Worum geht es in Die Physiker von Dürrenmatt? kurz bitte"""),
(1, "open_qa", "de", "none", "none", None, """Wieso heißt der Berliner in Berlin eigentlich Pfannkuchen?"""),
(1, "general_qa", "de", "none", "none", None, """was mache ich mit übrig gebliebenen Semmelknödeln vom Sonntag?"""),
(0, "classification", "de", "before", "email", None, """ist das Spam: "Sie haben 5.000.000 € geerbt. Antworten Sie für weitere Details." """),
(1, "open_qa", "de", "none", "none", None, """seit wann gibt es eigentlich das Oktoberfest, und warum ist es im September?"""),
(0, "summarization", "de", "none", "none", None, """die Handlung von Lola rennt in zwei Sätzen"""),
(1, "creative_writing", "de", "none", "none", None, """ein kurzer Trinkspruch auf Plattdeutsch für den 60. meines Onkels"""),
(1, "general_qa", "de", "none", "none", None, """wohin im Harz im Oktober zum Wandern, wenn man schöne Herbstfarben will?"""),
(1, "creative_writing", "de", "none", "none", None, """Sprüche für eine Glückwunschkarte zum bestandenen Führerschein, bitte lustig"""),
]
