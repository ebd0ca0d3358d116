# writer europe, part 01. Each item written by hand.
ITEMS = [
(0, "summarization", "it", "before", "prose", "EU-it-p01", """Riassumimi in tre righe questo articolo, devo girarlo al mio capo:

Venerdì 14 sciopero nazionale dei trasporti. Si fermano per 24 ore treni regionali, Intercity e parte delle Frecce, dalle 21 di giovedì alle 21 di venerdì. Trenitalia garantisce i servizi minimi nelle fasce 6-9 e 18-21 per i pendolari. Anche il trasporto pubblico locale aderisce in molte città: a Milano le metro potrebbero chiudere dopo le 18, a Roma sono possibili interruzioni su tutta la rete di superficie. I sindacati di base protestano contro il mancato rinnovo del contratto e le condizioni di sicurezza del personale a bordo, dopo le recenti aggressioni ai capitreno. Il ministero ha chiesto di ridurre la durata dello sciopero, ma per ora le sigle confermano la mobilitazione."""),
(1, "open_qa", "it", "none", "none", "EU-it-p01", """riassumimi in tre righe perché in italia gli scioperi dei treni cadono quasi sempre di venerdì"""),
(0, "classification", "it", "after", "reviews", None, """1) Pizza buonissima, impasto leggero, torneremo!
2) Abbiamo aspettato 50 minuti per due margherite. Mai più.
3) Locale carino, prezzi nella media.
4) Cameriere scortese ma la bufala era spettacolare
5) Ok per un asporto veloce.

per ognuna dimmi positiva / negativa / neutra / mista"""),
(1, "creative_writing", "it", "none", "none", None, """scrivimi una poesia breve sulla nebbia in pianura padana, tono malinconico ma non troppo"""),
(1, "general_qa", "it", "none", "none", None, """Vado a Napoli tre giorni a ottobre con mia madre che cammina poco e si stanca subito. Cosa mi consigli di vedere? Meglio dormire in centro storico o sul lungomare?"""),
(0, "classification", "it", "before", "email", None, """È spam o no? rispondi solo sì o no

Gentile cliente, il suo pacco è in giacenza presso il nostro centro di smistamento per indirizzo incompleto. Per la riconsegna è necessario il pagamento di 1,99 EUR entro 24 ore. Clicchi sul link seguente per aggiornare i dati: poste-consegna-it.info/track"""),
(1, "open_qa", "it", "none", "none", None, """differenza tra IMU e TASI? la tasi esiste ancora o l'hanno tolta?"""),
(0, "summarization", "it", "after", "chat", "EU-it-p02", """[Condominio Via Manzoni 12]
Rossi int.3: Ragazzi l'ascensore è di nuovo bloccato al secondo piano
Bianchi int.7: terza volta questo mese!!
Amministratore: Ho chiamato la ditta, vengono domani tra le 9 e le 13
Ferrari int.1: Io ho 84 anni e abito al quinto, come faccio?
Rossi int.3: signora se le serve la spesa gliela porto io
Bianchi int.7: Ma il contratto di manutenzione non era stato rinnovato a marzo? paghiamo per cosa?
Amministratore: Il contratto è attivo, il guasto riguarda la scheda elettronica, pezzo da ordinare
Colombo int.9: quindi quanto ci vuole?
Amministratore: Stimano 10 giorni. Il costo del pezzo (circa 1.800 euro) è a carico del condominio
Bianchi int.7: ecco appunto. Chiedo un'assemblea straordinaria
Colombo int.9: concordo, e vorrei vedere i preventivi di altre ditte
Ferrari int.1: grazie Rossi, gentilissimo

sono stata via due giorni e ho trovato tutto questo, mi fai un riassunto veloce?"""),
(1, "general_qa", "it", "after", "chat", "EU-it-p02", """[Condominio Via Manzoni 12]
Rossi int.3: Ragazzi l'ascensore è di nuovo bloccato al secondo piano
Bianchi int.7: terza volta questo mese!!
Amministratore: Ho chiamato la ditta, vengono domani tra le 9 e le 13
Ferrari int.1: Io ho 84 anni e abito al quinto, come faccio?
Bianchi int.7: Ma il contratto di manutenzione non era stato rinnovato a marzo? paghiamo per cosa?
Amministratore: Il contratto è attivo, il guasto riguarda la scheda elettronica, pezzo da ordinare
Colombo int.9: quindi quanto ci vuole?
Amministratore: Stimano 10 giorni. Il costo del pezzo (circa 1.800 euro) è a carico del condominio
Bianchi int.7: ecco appunto. Chiedo un'assemblea straordinaria

sono la consigliera del condominio. come rispondo nel gruppo per calmare le acque senza dare torto a nessuno? e ha senso chiedere altri preventivi?"""),
(0, "classification", "it", "before", "list", None, """dividi in frutta e verdura: zucchina, pesca, cavolfiore, albicocca, finocchio, fico, carciofo"""),
(1, "creative_writing", "it", "none", "none", None, """Mi scrivi un discorso da testimone per il matrimonio di mio fratello? Si chiama Luca, sposa Giulia, si sono conosciuti in Erasmus a Valencia e lui in cucina è un disastro totale (una volta ha bruciato l'acqua della pasta, giuro). Massimo due minuti, un po' comico e un po' commovente, niente battute volgari perché c'è la nonna."""),
(0, "summarization", "it", "before", "transcript", None, """Mi serve il verbale di questa riunione: decisioni prese, action item con responsabile e scadenza, punti aperti. Niente chiacchiere.

TRASCRIZIONE – Sprint review team Pagamenti, giovedì

Marco (PO): Ok iniziamo, siamo in sei, manca Sara che è in ferie. Allora, obiettivo dello sprint era chiudere il nuovo flusso di checkout con Satispay e il refactoring del modulo fatture. Partiamo dal checkout. Davide?
Davide (dev): Allora, l'integrazione Satispay funziona in staging, abbiamo fatto i test end-to-end su Android e iOS. Il problema è il webhook di conferma: a volte arriva prima che l'ordine sia salvato nel DB e quindi va in errore. Abbiamo messo un retry con backoff ma non mi piace tantissimo come soluzione.
Marco: Quante volte succede?
Davide: Tipo il 2% delle transazioni in staging. In produzione non sappiamo.
Elena (QA): Confermo, l'ho visto anch'io, e in quei casi il cliente vede "pagamento non riuscito" anche se i soldi sono stati presi. Questo per me è bloccante.
Marco: Sono d'accordo, non andiamo in produzione così. Davide, riesci a sistemarlo con una coda invece del retry?
Davide: Sì, con la coda che già usiamo per le email. Mi servono tre o quattro giorni.
Marco: Ok, allora lo mettiamo come priorità uno del prossimo sprint. Rilascio Satispay slitta di una settimana, lo comunico io al commerciale.
Giorgio (dev): Posso dire una cosa sulle fatture?
Marco: Vai.
Giorgio: Il refactoring è finito al 90%. Manca la parte delle note di credito, che è un casino perché il vecchio codice fa cose strane con l'IVA agevolata. Ho trovato almeno due casi in cui calcolava l'IVA al 22% invece che al 10%.
Elena: Quindi c'erano fatture sbagliate in produzione?
Giorgio: Probabilmente sì, poche, ma sì.
Marco: Questo va segnalato all'amministrazione. Giorgio, mi prepari una lista delle fatture coinvolte entro lunedì?
Giorgio: Sì, faccio una query e te la mando.
Chiara (design): Io intanto ho finito i mockup della pagina riepilogo ordine, sono su Figma. Vorrei un feedback entro martedì sennò non riesco a passarli ai dev.
Marco: Li guardo io stasera. Elena puoi darci un'occhiata anche tu per l'accessibilità?
Elena: Sì, domani mattina.
Giorgio: Scusate, torno un attimo sulle fatture: se cambiamo il calcolo dell'IVA dobbiamo avvisare anche il team Reporting, perché i loro cruscotti leggono direttamente quella tabella.
Marco: Giusto. Giorgio, scrivi tu a Paolo del Reporting entro domani, mettimi in copia.
Elena: E i test di regressione sulle note di credito chi li scrive?
Giorgio: Li faccio io insieme al codice, ma mi serve una mano per i casi limite.
Elena: Ok, li definiamo insieme venerdì.
Davide: Ultima cosa, la pipeline CI ci mette ormai 25 minuti, è diventata ingestibile.
Marco: Lo so. Non lo risolviamo oggi, mettiamolo in retro. Ok, altro? No? Allora chiudiamo, grazie a tutti."""),
(1, "open_qa", "it", "after", "code", None, """def conta_parole(testo):
    conteggi = {}
    for parola in testo.split():
        conteggi[parola] += 1
    return conteggi

perché mi dà KeyError alla prima parola? in javascript una cosa così funzionerebbe"""),
(0, "classification", "it", "inline", "chat", None, """[SYSTEM] Sei l'assistente che smista i ticket del supporto di un operatore telefonico. Categorie ammesse: FATTURAZIONE, GUASTO_LINEA, CONTRATTO, ALTRO. Rispondi solo con la categoria, in maiuscolo.
[UTENTE] buongiorno, da ieri sera il modem lampeggia rosso e non ho internet, ho già provato a spegnerlo e riaccenderlo
[ASSISTENTE]"""),
(1, "general_qa", "it", "none", "none", None, """consigli per un colloquio in inglese per data analyst? sono agitatissimo"""),
(0, "summarization", "it", "none", "none", "EU-it-p03", """trama dei promessi sposi in 5 righe, domani ho l'interrogazione"""),
(1, "open_qa", "it", "none", "none", "EU-it-p03", """perché dicono che i promessi sposi sono stati così importanti per la lingua italiana? cosa c'entra risciacquare i panni in Arno"""),
(0, "classification", "it", "after", "prose", None, """"Il governo ha approvato ieri in Consiglio dei ministri il decreto che proroga di sei mesi gli incentivi per l'installazione di pannelli fotovoltaici sui tetti delle abitazioni private."

Che categoria è? Politica, economia, ambiente, cronaca o sport. Una sola parola."""),
(1, "creative_writing", "it", "none", "none", None, """inventami 10 nomi per una gelateria artigianale a Bologna, che non siano banali tipo "Il Gelato di Mario" """),
(1, "open_qa", "it", "none", "none", None, """Come funziona esattamente la successione se una persona muore senza testamento e ha moglie e due figli? Chi eredita cosa, in percentuale?"""),
(0, "summarization", "it", "after", "email", None, """Da: ufficio.personale@azienda-esempio.it
Oggetto: Nuove regole smart working dal 1° settembre

Gentili colleghi,
a seguito dell'accordo sindacale firmato il 20 luglio, dal 1° settembre lo smart working sarà regolato come segue. Ogni dipendente potrà lavorare da remoto fino a due giorni a settimana, da concordare con il proprio responsabile entro il venerdì precedente. Il lunedì resta giorno di presenza obbligatoria per tutti i reparti, salvo l'area IT che segue una turnazione propria. Il buono pasto sarà riconosciuto anche nei giorni di lavoro agile. È stato inoltre introdotto il diritto alla disconnessione: non si è tenuti a rispondere a email o chiamate tra le 19:00 e le 8:00 e nei fine settimana. Chi ha figli sotto i 12 anni o certificazioni ai sensi della legge 104 potrà chiedere fino a tre giorni settimanali. Le richieste vanno inserite nel portale HR nella sezione "Lavoro agile".
Cordiali saluti,
Ufficio Personale

cosa cambia in pratica per me? fammi un elenco puntato corto"""),
(1, "general_qa", "it", "none", "none", None, """ho 2000 euro da parte e 27 anni, conviene più un conto deposito o iniziare un PAC su un ETF? non ci capisco niente di finanza"""),
(0, "classification", "it", "before", "list", None, """Quali di questi sono capoluoghi di regione? Torino, Bergamo, Perugia, Pescara, Potenza, Lecce, Trento"""),
(1, "creative_writing", "it", "none", "none", None, """Scrivi un racconto breve (max 400 parole) ambientato in una trattoria di Trastevere negli anni '60: un cameriere anziano riconosce tra i clienti la donna che aveva amato da ragazzo. Finale aperto, niente lieto fine scontato."""),
(0, "summarization", "it", "before", "reviews", None, """Sintetizza i punti forti e deboli che emergono da queste recensioni del B&B, mi servono per la riunione con il proprietario:

- "Posizione perfetta, a due passi dal Duomo. Colazione scarsa però, solo cornetti confezionati."
- "Camera pulitissima e letto comodo. Il wifi non andava quasi mai."
- "Host gentilissima, ci ha consigliato dei ristoranti fantastici. Bagno piccolo."
- "Rumoroso di notte perché la camera dà sulla strada. Per il resto ok."
- "Colazione deludente per il prezzo che paghi. La signora Anna comunque un amore."
- "Check-in flessibile, ci hanno fatto lasciare le valigie. Wifi lentissimo." """),
(1, "general_qa", "it", "before", "reviews", None, """Gestisco un B&B a Firenze e continuano ad arrivarmi recensioni tipo queste:
- "Colazione scarsa, solo cornetti confezionati."
- "Il wifi non andava quasi mai."
- "Rumoroso di notte perché la camera dà sulla strada."
Con un budget di circa 3000 euro cosa mi conviene sistemare per primo? Ho solo quattro camere."""),
(1, "open_qa", "it", "none", "none", None, """ma il parmigiano è vegetariano? ho letto qualcosa sul caglio"""),
(0, "classification", "it", "after", "prose", None, """"Ciao, volevo sapere se la spedizione in Sardegna ha un costo extra e quanto ci mette ad arrivare."

intento del cliente? scegli tra: info_spedizione, reso, reclamo, stato_ordine"""),
(0, "classification", "it", "before", "list", None, """odd one out: Ferrari, Lamborghini, Maserati, Porsche, Alfa Romeo"""),
(1, "creative_writing", "it", "none", "none", None, """Scrivimi una filastrocca per insegnare ai bambini dell'asilo a lavarsi le mani, in rima, corta"""),
(1, "general_qa", "it", "none", "none", None, """Il mio capo mi scrive su WhatsApp alle 23 quasi tutte le sere. Come posso fargli capire che non va bene senza rovinare il rapporto? Lavoro in una piccola azienda di 15 persone."""),
(0, "summarization", "it", "before", "notes", None, """mettimi in ordine questi appunti presi a lezione e riassumili in un paragrafo decente:

rivoluzione industriale - inghilterra seconda metà 700 - perché: carbone + ferro disponibili, colonie (mercati + materie prime), rivoluzione agricola prima (recinzioni / enclosures) -> contadini in città = manodopera. macchina a vapore watt 1769 (migliorata, non inventata!!). settore tessile primo, spoletta volante, filatoio. conseguenze: urbanizzazione, lavoro minorile, orari 14h, nascita proletariato. poi ferrovie 1830 liverpool-manchester"""),
(1, "open_qa", "it", "none", "none", None, """Perché la Torre di Pisa pende e perché non è mai caduta?"""),
(0, "classification", "it", "before", "prose", None, """sentiment di questo tweet, positivo negativo o neutro: "anche stasera l'arbitro ha deciso la partita, VAR ma a cosa serve allora. vergogna" """),
(0, "summarization", "it", "after", "prose", "EU-it-p04", """FAENZA – Una settimana dopo l'esondazione del Lamone, la città prova a ripartire tra fango, volontari e rabbia. Nei quartieri più colpiti, quelli a ridosso dell'argine, l'acqua ha raggiunto in alcuni punti i due metri di altezza, invadendo cantine, garage e i piani terra di centinaia di abitazioni. Secondo i dati forniti dal Comune, sono oltre 3.500 le persone che hanno dovuto lasciare le proprie case, e circa 900 sono ancora ospitate da parenti o nelle strutture messe a disposizione dalla Protezione civile, tra cui due palestre scolastiche e un palazzetto dello sport.

Il sindaco, in conferenza stampa, ha ringraziato i tanti ragazzi arrivati da tutta Italia con pale e stivali: "Senza di loro saremmo ancora al punto di partenza". Le associazioni di categoria stimano danni per almeno 200 milioni di euro solo nel territorio comunale, tra attività commerciali, aziende agricole e infrastrutture. Particolarmente grave la situazione dei frutteti della zona collinare, dove le frane hanno reso impraticabili molte strade poderali: diversi agricoltori raccontano di non riuscire ancora a raggiungere i propri campi.

Intanto cresce la polemica sulla manutenzione degli argini. Alcuni comitati di cittadini sostengono che le segnalazioni sulle condizioni del fiume fossero state fatte già due anni fa e che gli interventi richiesti non siano mai partiti. La Regione replica che gli eventi di questi giorni hanno avuto un'intensità eccezionale, con precipitazioni cadute in 36 ore pari a quelle che normalmente si registrano in tre mesi, e che nessuna opera sarebbe stata sufficiente a contenere una piena di questa portata. Sul tema è intervenuto anche il geologo dell'Università di Bologna intervistato ieri in tv, secondo cui "il problema non è solo l'argine, ma il consumo di suolo degli ultimi quarant'anni, che ha ridotto la capacità del terreno di assorbire l'acqua".

Sul fronte dei rimborsi, il governo ha annunciato un primo stanziamento per l'emergenza e la sospensione dei termini per il pagamento di tasse e contributi nei comuni colpiti fino alla fine dell'anno. Le famiglie potranno richiedere un contributo di prima assistenza fino a 5.000 euro presentando una domanda tramite il portale regionale, allegando foto dei danni e un'autocertificazione. Molti cittadini però lamentano la complessità delle procedure: "Ho perso la cucina, la caldaia e la macchina, e mi chiedono tre moduli diversi", racconta una residente di via Renaccio.

Le scuole del centro riapriranno lunedì, mentre quelle dei quartieri alluvionati resteranno chiuse almeno fino a fine mese. I vigili del fuoco continuano a lavorare per svuotare gli scantinati con le idrovore, e l'Ausl raccomanda di vaccinarsi contro il tetano a chi partecipa alle operazioni di pulizia e di non consumare alimenti che siano venuti a contatto con l'acqua. Il prossimo fine settimana è prevista una nuova ondata di maltempo, anche se di intensità molto inferiore: la Protezione civile ha diramato un'allerta gialla per criticità idrogeologica.

Riassumi l'articolo in un paragrafo di massimo 80 parole, tono neutro, per la newsletter del nostro circolo."""),
(1, "open_qa", "it", "none", "none", "EU-it-p04", """Mi riassumi cosa è successo con le alluvioni in Romagna nel 2023 e perché quella zona è così a rischio?"""),
(0, "classification", "it", "before", "prose", None, """in che lingua è questa frase? "Ik heb geen idee waar ik mijn fiets heb neergezet" """),
(1, "creative_writing", "it", "none", "none", None, """fammi un rap sugli affitti a Milano, 16 barre, con qualche riferimento a Navigli, monolocali da 1200 euro e coinquilini"""),
(0, "summarization", "it", "before", "prose", None, """tl;dr per favore

Allora vi racconto, è da tre mesi che il vicino del piano di sopra fa lavori tutti i giorni dalle 7 di mattina, anche il sabato. Sono andato a parlarci due volte, la prima è stato gentile e ha detto che avrebbero finito in un mese, la seconda mi ha chiuso la porta in faccia. Ho scritto all'amministratore che mi ha risposto che il regolamento condominiale permette i lavori dalle 8 alle 13 e dalle 15 alle 19, quindi alle 7 non potrebbero. Lui dice che non è lui ma la ditta. Nel frattempo io lavoro di notte in ospedale e di giorno non riesco a dormire. Mia moglie dice di lasciar perdere, io vorrei chiamare i vigili."""),
(0, "classification", "it", "after", "list", "EU-it-p05", """- Esselunga 67,40
- benzina 55,00
- Netflix 12,99
- abbonamento ATM 39,00
- pizza con colleghi 22,00
- Carrefour 31,80
- cinema 9,50
- Telepass 3,90

metti ogni spesa in una categoria: spesa alimentare, trasporti, svago"""),
(1, "general_qa", "it", "after", "list", "EU-it-p05", """- Esselunga 67,40
- benzina 55,00
- Netflix 12,99
- abbonamento ATM 39,00
- pizza con colleghi 22,00
- Carrefour 31,80
- cinema 9,50
- Telepass 3,90

queste sono le mie spese di una settimana più o meno, guadagno 1450 al mese e pago 650 di affitto. dove posso tagliare? vorrei mettere da parte almeno 200 euro al mese"""),
(0, "classification", "it", "before", "prose", None, """Che stato d'animo esprime questa pagina di diario? Scegli una o due etichette tra: tristezza, rabbia, nostalgia, serenità, ansia.

"Oggi ho ritrovato in soffitta la bicicletta rossa di quando avevo otto anni. Ha ancora il campanello che suonava male. Mi sono seduto sul pavimento polveroso e per un attimo ho sentito di nuovo l'odore dell'estate a casa della nonna, le zanzare, il cocomero in frigo. Poi ho sentito il telefono vibrare e sono tornato di sotto." """),
(1, "open_qa", "it", "none", "none", None, """cos'è il 730 precompilato? se ho solo lo stipendio da dipendente devo farlo per forza o no"""),
(0, "summarization", "it", "none", "none", None, """La vita è bella di Benigni, trama in tre frasi"""),
(1, "creative_writing", "it", "none", "none", None, """Scrivimi un post LinkedIn per annunciare che dopo 12 anni in banca mi licenzio per aprire un agriturismo in Val d'Orcia con mia moglie. Voglio che sia sincero, non il solito post motivazionale pieno di emoji, e che ringrazi i colleghi senza fare nomi."""),
(0, "classification", "it", "after", "email", None, """Spett.le Servizio Clienti,
scrivo per la terza volta in due settimane. La caldaia installata dai vostri tecnici il 3 novembre si blocca ogni mattina con il codice errore E133. In casa ho un neonato di due mesi e mia madre anziana, e siamo senza riscaldamento né acqua calda da giorni. Il vostro numero verde mi tiene in attesa 40 minuti e poi cade la linea. Il tecnico che doveva venire venerdì non si è presentato e nessuno mi ha avvisato. Se entro 48 ore non ricevo un intervento mi rivolgerò a un'associazione dei consumatori e chiederò il rimborso integrale.
Distinti saluti

Classifica la priorità del reclamo (alta, media, bassa) e il reparto: assistenza tecnica, amministrazione, commerciale. Formato: priorità - reparto"""),
(0, "summarization", "it", "before", "code", None, """mi riassumi cosa cambia in questa PR? devo scrivere la description e non ho voglia

diff --git a/app/utils/date.py b/app/utils/date.py
-def format_data(d):
-    return d.strftime("%d/%m/%Y")
+def format_data(d, con_ora=False):
+    if d is None:
+        return ""
+    fmt = "%d/%m/%Y %H:%M" if con_ora else "%d/%m/%Y"
+    return d.strftime(fmt)
diff --git a/app/views/ordini.py b/app/views/ordini.py
-    data = format_data(ordine.creato_il)
+    data = format_data(ordine.creato_il, con_ora=True)
diff --git a/tests/test_date.py b/tests/test_date.py
+def test_format_data_none():
+    assert format_data(None) == "" """),
(1, "open_qa", "it", "none", "none", None, """differenza tra git merge e git rebase spiegata come se avessi 5 anni"""),
(0, "classification", "it", "before", "prose", None, """ironica o seria? "Bravissimi, complimenti a Trenord, solo 40 minuti di ritardo anche stamattina, un record" """),
(1, "general_qa", "it", "none", "none", None, """Devo passare la teoria della patente B tra tre settimane e non ho aperto libro. Mi fai un piano di studio giorno per giorno? Ho circa un'ora la sera."""),
(0, "summarization", "it", "after", "verse", "EU-it-p06", """Lascio al mare le scarpe di mio padre,
le suole storte di trent'anni di porto,
il sale che non è mai andato via.
Le onde non chiedono il permesso,
entrano, prendono, riportano indietro
una conchiglia, un nome, niente.
Io resto sulla sabbia a piedi nudi
e per la prima volta non ho freddo.

di cosa parla? spiegamelo in due righe, la poesia la devo presentare in classe"""),
(1, "creative_writing", "it", "after", "verse", "EU-it-p06", """Lascio al mare le scarpe di mio padre,
le suole storte di trent'anni di porto,
il sale che non è mai andato via.
Le onde non chiedono il permesso,
entrano, prendono, riportano indietro
una conchiglia, un nome, niente.
Io resto sulla sabbia a piedi nudi
e per la prima volta non ho freddo.

scrivi una poesia di risposta, stessa lunghezza, dal punto di vista del mare che parla al figlio"""),
(0, "classification", "it", "before", "form", None, """Questo modulo va girato all'ufficio tecnico o all'ufficio tributi del Comune? Rispondi con una parola.

MODULO SEGNALAZIONE
Nome: [omesso]
Via: Via dei Mille, altezza civico 40
Oggetto: lampione spento da due settimane, buca profonda sul marciapiede davanti alla farmacia
Allegati: 2 foto"""),
(1, "general_qa", "it", "none", "none", None, """cosa cucino stasera con zucchine, 3 uova e un pezzo di pecorino? niente di troppo complicato, ho 20 minuti"""),
(0, "summarization", "it", "after", "log", "EU-it-p07", """2024-03-11 02:14:07 INFO  backup-job started (target=nas01:/backup/daily)
2024-03-11 02:14:09 INFO  snapshot db_prod created
2024-03-11 02:31:44 WARN  transfer rate below threshold (2.1 MB/s)
2024-03-11 02:58:12 ERROR write failed: No space left on device (nas01:/backup/daily)
2024-03-11 02:58:12 INFO  retry 1/3 in 60s
2024-03-11 02:59:12 ERROR write failed: No space left on device
2024-03-11 03:00:12 ERROR write failed: No space left on device
2024-03-11 03:00:13 ERROR backup-job aborted after 3 retries
2024-03-11 03:00:13 INFO  notification sent to ops@

dimmi in due frasi cosa è successo stanotte, da mandare al responsabile che non è tecnico"""),
(1, "open_qa", "it", "after", "log", "EU-it-p07", """2024-03-11 02:14:07 INFO  backup-job started (target=nas01:/backup/daily)
2024-03-11 02:31:44 WARN  transfer rate below threshold (2.1 MB/s)
2024-03-11 02:58:12 ERROR write failed: No space left on device (nas01:/backup/daily)
2024-03-11 03:00:13 ERROR backup-job aborted after 3 retries

ma df -h sul nas mi dice che c'è il 40% libero. perché allora dice no space left? cosa può essere"""),
(0, "classification", "it", "before", "list", None, """Quali di questi commenti sotto il post del comune sono offensivi? Dammi solo i numeri.
1. Finalmente sistemano la piazza, era ora
2. Sindaco incapace, tornatene a casa tua buffone
3. Ma i parcheggi dove li mettono?
4. Chi ha votato questi è un idiota come loro
5. Bello il progetto, speriamo nei tempi"""),
(0, "summarization", "it", "after", "story", None, """Il signor Ottavio apriva la sua edicola alle sei in punto da quarantun anni. Non un minuto prima, non un minuto dopo: chi passava in via Garibaldi a quell'ora poteva regolarci l'orologio. Sollevava la saracinesca con un colpo secco, accendeva la radio su un canale che trasmetteva solo musica degli anni Cinquanta, e cominciava a sistemare i quotidiani in pile ordinate, con il Corriere sempre a sinistra e la Gazzetta sempre a destra.

Quella mattina di febbraio, però, la saracinesca restò abbassata. Alle sei e cinque la signora Pina, che ogni giorno comprava il settimanale di enigmistica per il marito, si fermò sul marciapiede con il borsellino in mano, incerta. Alle sei e un quarto c'erano già quattro persone. Alle sei e mezza, una piccola folla: il fornaio, due studenti, il vigile urbano che faceva il turno del mattino, un signore col cane che nessuno aveva mai visto prima.

"Sarà malato", disse qualcuno. "Non è mai stato malato in vita sua", rispose la signora Pina, con un tono che non ammetteva repliche. Il vigile provò a chiamare il numero scritto su un cartello sbiadito attaccato al chiosco, ma squillava a vuoto. Il fornaio propose di andare a casa sua, ma nessuno sapeva esattamente dove abitasse. Per quarant'anni lo avevano visto ogni mattina e nessuno gli aveva mai chiesto niente di personale.

Fu uno dei due studenti, una ragazza con i capelli verdi e lo zaino pieno di spille, a ricordarsi di averlo visto una volta entrare in un portone di via Mazzini, vicino alla farmacia. Ci andarono in sei, compreso il cane. Sul citofono c'era scritto soltanto "O. Bellini". Suonarono. Nessuna risposta. Suonarono di nuovo. Dopo un tempo che sembrò lunghissimo, una voce sottile disse: "Chi è?"

Era lui. Era scivolato in bagno la sera prima e non riusciva ad alzarsi; il telefono era rimasto in cucina. Aveva passato la notte sul pavimento, avvolto in un asciugamano, ascoltando i rumori della strada e contando le ore. Quando il vigile riuscì a farsi aprire dal vicino e lo trovarono, Ottavio aveva le labbra viola dal freddo ma la prima cosa che chiese fu: "Che ore sono? Qualcuno ha ritirato i giornali?"

Restò in ospedale una settimana, con il polso ingessato. In quella settimana l'edicola aprì lo stesso, ogni mattina alle sei in punto: a turno, la signora Pina, il fornaio, la ragazza con i capelli verdi e persino il signore col cane sollevarono la saracinesca, accesero la radio sugli anni Cinquanta e misero il Corriere a sinistra e la Gazzetta a destra. Quando Ottavio tornò, trovò sul bancone un quaderno con scritto in copertina "Registro delle vendite – gestione provvisoria" e, all'ultima pagina, una lista di nomi e numeri di telefono, con sopra una sola riga: "Per la prossima volta".

Mi fai un riassunto di questo racconto in massimo 100 parole? È per la scheda di lettura di mio figlio."""),
(1, "open_qa", "it", "none", "none", None, """chi era garibaldi in breve? e perché ogni città ha una via garibaldi"""),
(0, "classification", "it", "before", "list", None, """Smista queste email per oggetto in: LAVORO, PERSONALE, PROMOZIONI

- "Re: consegna report Q3 entro venerdì"
- "Sconto 30% solo per oggi su tutta la collezione!"
- "foto della cena di sabato"
- "Convocazione riunione budget 2025"
- "Il tuo coupon Zalando sta per scadere"
- "compleanno della zia, cosa le regaliamo?" """),
(1, "general_qa", "it", "none", "none", None, """Come si scrive una lettera di dimissioni? Ho il contratto del commercio, quarto livello, sono assunta da 4 anni. Devo passare per forza dal sito del ministero?"""),
(0, "summarization", "it", "before", "prose", "EU-it-p08", """fammi il tl;dr di questa cosa sui monopattini:

Con l'entrata in vigore delle nuove norme del Codice della strada, chi circola in monopattino elettrico dovrà indossare il casco, a prescindere dall'età, ed esporre un contrassegno identificativo adesivo e non rimovibile. Diventa inoltre obbligatoria l'assicurazione per la responsabilità civile. I monopattini non potranno più circolare su strade extraurbane e sarà vietata la sosta sui marciapiedi, salvo nelle aree individuate dai Comuni. Per chi non rispetta le regole sono previste multe fino a 400 euro."""),
(1, "open_qa", "it", "none", "none", "EU-it-p08", """fammi il tl;dr sulle regole dei monopattini in italia, il casco adesso è obbligatorio anche per gli adulti?"""),
(0, "classification", "it", "after", "reviews", None, """"Prodotto eccezionale!!! Lo consiglio a tutti!!! Spedizione velocissima!!! Cinque stelle!!! Il migliore in assoluto!!!"

secondo te è una recensione falsa o genuina? rispondi con una parola"""),
(1, "creative_writing", "it", "none", "none", None, """raccontami una barzelletta sui carabinieri ma che non sia offensiva, è per la festa di pensionamento di un maresciallo"""),
(0, "summarization", "it", "after", "chat", None, """[Genitori 3B]
Mamma Sofia: Allora per la gita a Ravenna la maestra chiede 38 euro a testa entro il 15
Papà Luca: Comprende anche il pranzo?
Mamma Sofia: No pranzo al sacco, solo pullman e ingresso ai mosaici
Mamma Irene: Mio figlio soffre il pullman, qualcuno sa se si può dare il Travelgum?
Mamma Sofia: Bisogna firmare l'autorizzazione per i farmaci, il modulo ce l'ha la maestra
Papà Marco: Ma la partenza è alle 6:45?? un po' presto
Mamma Sofia: sì purtroppo, ritorno previsto 19:30 davanti alla scuola
Mamma Irene: grazie Sofia sei preziosa

Riassumimi le info importanti sulla gita in un messaggio da mandare a mio marito"""),
(0, "classification", "it", "before", "prose", None, """Classifica l'annuncio: affitto o vendita? e tipologia (monolocale, bilocale, trilocale, villa, altro)

"Zona Borgo San Paolo, in palazzo signorile con ascensore, proponiamo luminoso appartamento composto da ingresso, soggiorno, cucina abitabile, due camere da letto e doppi servizi. Cantina. Euro 950 mensili più spese, libero da gennaio." """),
(0, "summarization", "it", "after", "email", "EU-it-p09", """--- Messaggio originale ---
Da: Paola (Ufficio Acquisti)
A: team fiera
Oggetto: Trasferta Berlino – fiera Fruit Logistica

Ciao a tutti, ricapitolo: partiamo martedì 6 con il volo delle 7:10 da Linate, rientro venerdì 9 sera. Hotel prenotato vicino a Messe Süd, camere singole. Stand C-14, allestimento a cura del fornitore tedesco, noi arriviamo mercoledì mattina alle 8 per sistemare i campioni.

--- Risposta ---
Da: Fabio
Io martedì ho il dentista alle 9, posso prendere il volo del pomeriggio? Alle 15:40 c'è un Lufthansa.

--- Risposta ---
Da: Paola
Ok Fabio, ti cambio il biglietto, costa 90 euro in più ma va bene. Ricordatevi che i campioni di mele e pere vanno spediti entro giovedì 1 con il corriere refrigerato, se ne occupa Marta.

--- Risposta ---
Da: Marta
Spedizione confermata, ma il corriere vuole la lista imballo entro lunedì. Chi me la prepara?

--- Risposta ---
Da: Paola
La fa Andrea. Andrea, mandala a Marta e in copia a me entro lunedì a mezzogiorno. Ultima cosa: le cene con i clienti sono mercoledì (olandesi) e giovedì (buyer polacchi), dress code business casual.

Mi son perso metà thread, riassumimi chi fa cosa e le date"""),
(1, "creative_writing", "it", "after", "email", "EU-it-p09", """--- Messaggio originale ---
Da: Paola (Ufficio Acquisti)
Oggetto: Trasferta Berlino – fiera Fruit Logistica

Ciao a tutti, ricapitolo: partiamo martedì 6 con il volo delle 7:10 da Linate, rientro venerdì 9 sera. Hotel prenotato vicino a Messe Süd, camere singole. Stand C-14, noi arriviamo mercoledì mattina alle 8 per sistemare i campioni. I campioni di mele e pere vanno spediti entro giovedì 1 con il corriere refrigerato, se ne occupa Marta. Le cene con i clienti sono mercoledì (olandesi) e giovedì (buyer polacchi).

Sono Andrea. Scrivimi una risposta a tutti in cui confermo che preparo io la lista imballo entro lunedì, chiedo se qualcuno ha il modello dell'anno scorso e propongo per la cena con i polacchi un ristorante vicino alla fiera. Tono cordiale, breve."""),
(0, "classification", "it", "after", "reviews", None, """A) "Vista lago da sogno, personale cordiale. Peccato per la piscina chiusa a settembre."
B) "Colazione ricca e varia, camera ampia. Torneremo sicuramente!"
C) "Parcheggio a pagamento (18€ al giorno!!) non indicato al momento della prenotazione. Pessimo."
D) "Albergo un po' datato, moquette vecchia, ma pulito. Rapporto qualità prezzo nella norma."
E) "Il ristorante dell'hotel merita da solo il viaggio. Il lavarello alla griglia era divino."
F) "Receptionist sgarbato all'arrivo, poi per fortuna la collega si è scusata e ci ha dato una camera migliore."
G) "Rumore della strada statale anche con le finestre chiuse, non si dorme."

Queste sono recensioni di un hotel sul Garda. Per ciascuna indica sentiment (positivo/negativo/misto) e l'aspetto principale (camera, servizio, ristorazione, posizione, prezzo). Rispondi in tabella."""),
(1, "general_qa", "it", "before", "notes", None, """Ecco il mio CV in breve, dimmi a che tipo di posizioni dovrei candidarmi e cosa migliorare:

Laurea triennale in Lingue e culture straniere (inglese, tedesco), Università di Padova, 104/110.
Master in Turismo e gestione eventi, 2021.
2021-2022: stage 6 mesi presso un tour operator a Verona, gestione prenotazioni gruppi, contatti con hotel in Germania e Austria.
2022-oggi: receptionist in un hotel 4 stelle a Bardolino, turni, gestione reclami, uso di Opera PMS e Booking extranet.
Competenze: inglese C1, tedesco B2, un po' di spagnolo, Excel base, Canva.
Volontariato: organizzazione di un festival musicale locale per 3 edizioni.
Ho 28 anni, vorrei uscire dal lavoro su turni e magari lavorare in ufficio, anche a Milano. Non voglio per forza restare nel turismo."""),
(0, "summarization", "it", "before", "transcript", None, """Riassumi il succo di questo pezzo di podcast in 4-5 righe:

"...no ma guarda, il punto è che quest'anno il campionato si è deciso a gennaio, non a maggio. Quando l'Inter ha vinto lo scontro diretto a San Siro, tre a uno, lì si è capito che le altre non avevano la rosa per reggere. Il Milan ha avuto gli infortuni in difesa, la Juve ha cambiato modulo tre volte, il Napoli... vabbè, il Napoli dopo lo scudetto ha smontato tutto, cambiato allenatore due volte, non si può pretendere. E io dico anche un'altra cosa: si parla poco del mercato di gennaio. L'Inter ha preso un centrocampista di trent'anni che nessuno considerava e ha fatto cinque assist in dieci partite. Gli altri hanno speso di più e hanno preso meno. Poi ovviamente c'è il discorso delle coppe: chi fa la Champions fino in fondo arriva stanco ad aprile e lì perdi i punti con le piccole. Insomma, secondo me non è stata fortuna, è stata programmazione. Poi oh, il prossimo anno magari cambia tutto, eh..." """),
(0, "summarization", "it", "before", "prose", "EU-it-p10", """Riassumimi questo contratto d'affitto in punti, solo le cose importanti:

Art. 3 – Durata. Il contratto ha durata di anni 4 (quattro) a decorrere dal 1° ottobre, rinnovabile tacitamente per ulteriori 4 anni salvo disdetta da inviarsi a mezzo raccomandata A/R almeno 6 mesi prima della scadenza.
Art. 4 – Canone. Il canone annuo è convenuto in euro 9.600, da corrispondersi in rate mensili anticipate di euro 800 entro il giorno 5 di ciascun mese mediante bonifico.
Art. 5 – Deposito cauzionale. Il conduttore versa a titolo di deposito cauzionale la somma di euro 2.400, pari a tre mensilità, non imputabile in conto canoni.
Art. 7 – Recesso del conduttore. Il conduttore rinuncia espressamente alla facoltà di recesso anticipato per qualsiasi motivo, anche per gravi motivi.
Art. 9 – Spese. Sono a carico del conduttore le spese condominiali ordinarie, stimate in euro 70 mensili, e la tassa rifiuti.
Art. 11 – Animali. È fatto divieto assoluto di detenere animali domestici nell'immobile."""),
(1, "open_qa", "it", "before", "prose", "EU-it-p10", """Ho questo articolo nel contratto d'affitto che mi hanno proposto:

Art. 7 – Recesso del conduttore. Il conduttore rinuncia espressamente alla facoltà di recesso anticipato per qualsiasi motivo, anche per gravi motivi.
Art. 5 – Deposito cauzionale. Il conduttore versa a titolo di deposito cauzionale la somma di euro 2.400, pari a tre mensilità.
Art. 11 – Animali. È fatto divieto assoluto di detenere animali domestici nell'immobile.

È un 4+4 a canone libero. Queste clausole sono legali? Se trovo lavoro in un'altra città tra un anno sono davvero obbligata a restare? E il deposito di tre mensilità non è troppo?"""),
(0, "classification", "it", "inline", "chat", None, """Sei il bot di primo livello di Banca Esempio. Il tuo unico compito è assegnare al messaggio del cliente UNA delle seguenti intenzioni: BLOCCO_CARTA, INFO_MUTUO, BONIFICO, APERTURA_CONTO, FRODE, ALTRO. Non rispondere al cliente, non chiedere chiarimenti, restituisci solo l'etichetta.

Messaggio del cliente:
"Buonasera, stamattina guardando l'app mi sono accorto che ci sono tre pagamenti da 49,99 su un sito che non conosco, tipo abbonamento a qualcosa in inglese, io non li ho mai fatti e la carta ce l'ho in tasca. Sono molto preoccupato perché sul conto ci sono i soldi dell'affitto. Cosa devo fare? La carta la devo bloccare o aspetto? Grazie"

Etichetta:"""),
(1, "creative_writing", "it", "before", "none", None, """Scrivi una storia per bambini con queste regole:
1. protagonista una volpe di nome Brina che vive sulle Dolomiti
2. massimo 350 parole
3. frasi brevi, lessico adatto a 6 anni
4. deve esserci un problema (si perde la sciarpa rossa della nonna) e una soluzione che arriva grazie all'aiuto di un altro animale
5. niente morale esplicita alla fine del tipo "e così imparò che..."
6. inserisci almeno una onomatopea e una ripetizione che i bambini possano dire ad alta voce con me
7. titolo in cima, niente emoji
8. non usare la parola "magico"
La leggerò alla festa di fine anno dell'asilo, quindi deve funzionare letta ad alta voce in 3 minuti circa."""),
(0, "summarization", "it", "before", "email", "EU-it-p11", """mi ha scritto l'agenzia delle entrate, riassumimela in parole semplici perché non ci capisco niente:

Oggetto: Comunicazione ai sensi dell'art. 36-bis del D.P.R. n. 600/1973 – Periodo d'imposta 2021

Gentile contribuente,
dal controllo automatizzato della dichiarazione dei redditi modello 730/2022, relativa al periodo d'imposta 2021, è emersa una differenza tra l'importo dell'IRPEF dovuta e quanto risulta versato. In particolare, risulta non riconosciuta una detrazione per spese sanitarie pari a euro 412,00, in quanto i relativi documenti di spesa non risultano trasmessi al Sistema Tessera Sanitaria. La somma complessivamente dovuta, comprensiva di sanzioni ridotte e interessi, ammonta a euro 98,37.
Qualora ritenga che i dati in possesso dell'Amministrazione siano incompleti o non corretti, può fornire i chiarimenti necessari entro 60 giorni dal ricevimento della presente, anche tramite il servizio CIVIS. In caso di pagamento entro lo stesso termine, la sanzione è ridotta a un terzo.
Distinti saluti"""),
(1, "general_qa", "it", "before", "email", "EU-it-p11", """mi ha scritto l'agenzia delle entrate:

"...dal controllo automatizzato della dichiarazione modello 730/2022 è emersa una differenza tra l'importo dell'IRPEF dovuta e quanto risulta versato. Risulta non riconosciuta una detrazione per spese sanitarie pari a euro 412,00, in quanto i relativi documenti di spesa non risultano trasmessi al Sistema Tessera Sanitaria. La somma dovuta ammonta a euro 98,37. Qualora ritenga che i dati siano incompleti o non corretti, può fornire chiarimenti entro 60 giorni, anche tramite il servizio CIVIS."

Io ho tutti gli scontrini della farmacia e le fatture del dentista. Cosa mi conviene fare? Pago i 98 euro e basta o vale la pena contestare con CIVIS? Come funziona?"""),
(1, "open_qa", "it", "before", "notes", None, """Da circa tre settimane ho un formicolio alla mano destra, soprattutto pollice, indice e medio, e di notte mi sveglio con la mano addormentata. Se la scuoto passa. Lavoro al computer 9 ore al giorno, uso tanto il mouse. Non ho dolore al collo. Ho 41 anni, nessuna malattia particolare, a volte gioco a padel.

Cosa potrebbe essere? È il caso di preoccuparsi o è solo postura? Che tipo di medico devo sentire?"""),
(0, "classification", "it", "after", "verse", None, """Nel mezzo del silenzio di settembre
la vigna sfoglia l'ultimo suo oro,
e il vento, che non sa cosa rimembre,
ripete ai tralci un vecchio, stanco coro.

Io passo e non mi volto: il mio lavoro
è camminare, e non guardare indietro;
ma il mosto sale come un tesoro
dal fondo scuro di un bicchiere di vetro.

Che forma metrica è? Sonetto, quartine, terza rima, verso libero? Solo la risposta"""),
(1, "creative_writing", "it", "after", "notes", None, """Prodotto: olio extravergine di oliva, cultivar Coratina, Puglia (provincia di Bari), raccolta ottobre, spremitura a freddo entro 6 ore, acidità 0,2%, bottiglia 500 ml vetro scuro, sentori di carciofo e mandorla verde, amaro e piccante deciso, ideale su legumi e carni alla brace. Azienda familiare, terza generazione, 1.200 ulivi di cui alcuni secolari. Prezzo 14,90.

Scrivimi la descrizione per la scheda prodotto del nostro e-commerce, circa 120 parole, tono caldo ma non stucchevole, e un titolo SEO sotto i 60 caratteri."""),
(0, "summarization", "it", "after", "prose", None, """Per prima cosa mettete in ammollo i ceci secchi la sera prima, almeno dodici ore, in abbondante acqua fredda con un pizzico di bicarbonato. Il giorno dopo scolateli, sciacquateli bene e metteteli in una pentola capiente con acqua nuova, una foglia di alloro e un rametto di rosmarino. Fate cuocere a fuoco basso per circa due ore, finché non saranno morbidi: il sale va aggiunto solo alla fine, altrimenti la buccia indurisce. Nel frattempo, in una padella, fate soffriggere uno spicchio d'aglio in camicia con quattro cucchiai di olio, aggiungete due filetti di acciuga e lasciateli sciogliere. Togliete l'aglio, unite un cucchiaio di concentrato di pomodoro e stemperatelo con un mestolo di acqua di cottura dei ceci. Versate i ceci con un po' del loro brodo nella padella, frullatene un terzo con il minipimer per rendere la zuppa cremosa, e aggiungete la pasta corta, tipo ditalini, facendola cuocere direttamente lì. Servite con un filo di olio crudo e pepe nero.

Riduci la ricetta a 5 passaggi numerati, corti"""),
(0, "classification", "it", "before", "transcript", None, """Leggi questa chat di assistenza e classifica: esito (RISOLTO / NON RISOLTO) e soddisfazione del cliente (ALTA / MEDIA / BASSA).

Operatore: Buongiorno, sono Giada del servizio clienti, come posso aiutarla?
Cliente: ciao, ho ordinato un divano 3 settimane fa e doveva arrivare la scorsa settimana
Operatore: Mi può dare il numero d'ordine?
Cliente: 58822-IT
Operatore: Grazie. Vedo che l'ordine è in ritardo per un problema del fornitore sul tessuto scelto.
Cliente: e nessuno mi avvisa? ho già buttato il divano vecchio
Operatore: Mi dispiace molto. Posso proporle la consegna di un modello identico in un colore simile entro 5 giorni, oppure attendere il tessuto originale, stimato tra 4 settimane.
Cliente: colore simile quale?
Operatore: Grigio antracite invece di grigio perla. Le mando la foto.
Cliente: ok va bene quello, basta che arrivi
Operatore: Perfetto, ho modificato l'ordine e le ho applicato uno sconto del 10% per il disagio. Riceverà una mail di conferma.
Cliente: ok. grazie, almeno lo sconto. la prossima volta però avvisate"""),
(1, "general_qa", "it", "before", "notes", None, """Ho una piccola libreria indipendente in un paese di 8.000 abitanti vicino a Cuneo. Fatturato in calo del 15% negli ultimi due anni, soprattutto per Amazon. Ho un locale di 60 mq, affitto 900 euro, una dipendente part-time. Le cose che vanno meglio sono i libri per bambini e le presentazioni con autori locali, che riempiono il negozio. Vanno male narrativa e saggistica. Ho un profilo Instagram con 1.100 follower che aggiorno poco. Il comune ha appena aperto una biblioteca nuova a 300 metri.

Cosa posso fare concretamente per non chiudere? Mi servono idee realistiche, non ho soldi da investire in grandi ristrutturazioni."""),
(0, "summarization", "it", "after", "code", None, """import csv
from collections import defaultdict

# legge il file esportato dal gestionale e somma le ore per commessa
def carica_ore(percorso):
    ore = defaultdict(float)
    with open(percorso, newline="", encoding="utf-8") as f:
        for riga in csv.DictReader(f, delimiter=";"):
            if riga["stato"] != "APPROVATO":
                continue
            ore[riga["commessa"]] += float(riga["ore"].replace(",", "."))
    return ore

# confronta con il budget e segnala le commesse sforate
def controlla_budget(ore, budget):
    sforate = []
    for commessa, tot in ore.items():
        limite = budget.get(commessa)
        if limite is not None and tot > limite:
            sforate.append((commessa, tot, limite))
    return sorted(sforate, key=lambda x: x[1] - x[2], reverse=True)

if __name__ == "__main__":
    ore = carica_ore("export_ore.csv")
    budget = {"C-101": 120, "C-102": 80, "C-205": 300}
    for c, t, l in controlla_budget(ore, budget):
        print(f"{c}: {t:.1f} ore su {l} (+{t-l:.1f})")

me lo spieghi in 3 righe cosa fa questo script? l'ha scritto un collega che se n'è andato"""),
(1, "creative_writing", "it", "before", "notes", None, """Devo scrivere una lettera formale al sindaco del mio comune. Contesto: nella nostra frazione (circa 400 abitanti) da settembre hanno tolto la fermata dell'autobus delle 7:20, l'unica che permetteva ai ragazzi di arrivare in tempo al liceo in città. Ora i genitori devono accompagnarli in macchina, 25 km, e chi lavora presto non può. Abbiamo raccolto 212 firme. Abbiamo già scritto all'azienda dei trasporti che ha risposto che è una decisione della Provincia. Vorremmo un incontro pubblico entro fine mese.

Scrivimela tu, tono rispettoso ma fermo, firmata "Il comitato genitori della frazione di San Rocco". Massimo una pagina."""),
(0, "summarization", "it", "after", "table", None, """| Mese | Fatturato (€) | Ordini | Resi |
|------|---------------|--------|------|
| Gen  | 42.300        | 610    | 38   |
| Feb  | 39.800        | 572    | 41   |
| Mar  | 47.150        | 688    | 35   |
| Apr  | 51.900        | 741    | 62   |
| Mag  | 55.400        | 790    | 88   |
| Giu  | 49.200        | 702    | 97   |

Riassumi l'andamento del semestre in tre frasi per il report, evidenzia la cosa più preoccupante"""),
(1, "creative_writing", "it", "none", "none", None, """slogan per la sagra del tartufo di Alba, che faccia ridere un po'"""),
(1, "open_qa", "it", "none", "none", None, """perché d'inverno su Roma ci sono quelle nuvole enormi di storni?"""),
(1, "general_qa", "it", "none", "none", None, """idee regalo per la suocera che compie 70 anni, budget 50 euro, le piace il giardinaggio"""),
(0, "classification", "it", "before", "prose", None, """positivo o negativo: "che giornata di m*rda, pure la macchina non parte" """),
(0, "classification", "it", "before", "prose", None, """che lingua è? "Bom dia, tudo bem contigo?" """),
(0, "summarization", "it", "none", "none", None, """riassunto del primo canto dell'inferno, breve"""),
(1, "creative_writing", "it", "none", "none", None, """un haiku sul caffè della moka la mattina presto"""),
(0, "classification", "it", "before", "email", None, """spam?? "HAI VINTO UN IPHONE 15!!! Sei il visitatore n. 1.000.000, clicca qui per ritirare il premio" """),
(1, "general_qa", "it", "none", "none", None, """come tolgo una macchia di sugo da una camicia bianca? è già passato un giorno"""),
(0, "summarization", "it", "none", "none", None, """tl;dr de I Malavoglia di Verga"""),
(1, "open_qa", "it", "none", "none", None, """Chi ha inventato davvero la radio, Marconi o Tesla?"""),
(0, "classification", "it", "before", "list", None, """quale non c'entra: Arno, Tevere, Po, Garda, Adige"""),
(1, "creative_writing", "it", "none", "none", None, """biglietto di auguri per i 18 anni di mia nipote, simpatico e non sdolcinato, lei ama il teatro"""),
(0, "summarization", "it", "after", "transcript", None, """VERBALE STENOGRAFICO (bozza) – Assemblea ordinaria condominio "Residenza I Tigli", seconda convocazione

Amministratore: Buonasera a tutti, sono le 21:10, abbiamo raggiunto il quorum con 612 millesimi presenti o per delega, quindi possiamo iniziare. Ordine del giorno: uno, approvazione del consuntivo dell'anno scorso; due, preventivo per il rifacimento della facciata; tre, regolamento per le biciclette nel cortile; quattro, varie ed eventuali.

Sig. Conti (scala A): Prima di cominciare volevo dire che il verbale dell'ultima volta non mi è mai arrivato.
Amministratore: È stato inviato via PEC a tutti il 12 aprile, glielo rimando domani. Procediamo. Sul consuntivo: le spese totali sono state 48.700 euro contro un preventivo di 45.000. La differenza è dovuta principalmente alla riparazione urgente della pompa dell'autoclave a luglio, 2.900 euro, e all'aumento del gas per il riscaldamento centralizzato.
Sig.ra Greco (scala B): Ma la pompa non era in garanzia?
Amministratore: Era scaduta da quattro mesi, purtroppo. Ho qui la fattura se qualcuno vuole vederla.
Sig. Conti: Vorrei vederla, sì.
Amministratore: Gliela passo. Metto ai voti il consuntivo. Favorevoli? ... Contrari? ... Astenuti? Approvato con 540 millesimi favorevoli, contrari il signor Conti e la signora Longo, astenuti due.

Amministratore: Secondo punto, la facciata. Abbiamo ricevuto tre preventivi. Ditta Edilnord 186.000 euro, ditta Bertolini 164.000, ditta Fratelli Sala 171.000. Tutti comprendono ponteggi, ripristino dei frontalini dei balconi e tinteggiatura. Il tecnico incaricato, l'ingegner Rota, consiglia Fratelli Sala perché nel preventivo hanno incluso anche il trattamento dei ferri d'armatura, che gli altri mettono come extra.
Sig.ra Longo (scala A): 171.000 euro sono tantissimi, io ho la pensione minima. Non c'è nessun bonus?
Ing. Rota: Al momento l'unica detrazione disponibile è quella ordinaria per le ristrutturazioni, che si recupera in dieci anni. Il superbonus per i condomini non è più accessibile nelle condizioni di prima.
Sig. Ferri (scala C): Io propongo di rateizzare su due anni.
Amministratore: Si può fare: la ditta Sala accetta un pagamento in quattro rate semestrali. Per un appartamento medio da 80 millesimi parliamo di circa 13.700 euro totali, quindi circa 3.400 a rata.
Sig.ra Greco: E se non facciamo niente?
Ing. Rota: Già adesso ci sono pezzi di intonaco che cadono dal terzo piano sul marciapiede. Il Comune potrebbe emettere un'ordinanza e a quel punto i costi sarebbero più alti e con tempi obbligati.
Amministratore: Metto ai voti l'affidamento alla ditta Fratelli Sala con pagamento in quattro rate semestrali. Favorevoli? ... Approvato con 588 millesimi. Contraria la signora Longo.

Amministratore: Terzo punto, le biciclette. Ci sono state lamentele perché le bici vengono lasciate davanti all'ingresso della scala B e bloccano il passaggio dei passeggini.
Sig. Ferri: Basterebbe mettere una rastrelliera nell'angolo vicino ai box.
Amministratore: Ho un preventivo di 650 euro per una rastrelliera da 12 posti. Proposta: installazione della rastrelliera e divieto di lasciare bici in qualsiasi altro punto del cortile, pena la rimozione dopo due avvisi.
Voto: approvato all'unanimità.

Varie ed eventuali.
Sig.ra Greco: Il portone d'ingresso non si chiude bene da mesi, entrano persone estranee.
Amministratore: Chiedo un preventivo al fabbro entro fine mese.
Sig. Conti: E il cane del quarto piano che abbaia tutto il giorno?
Amministratore: Non è materia assembleare, le consiglio di parlarne direttamente con il proprietario. La seduta è chiusa alle 23:05.

Non c'ero all'assemblea. Riassumimi le decisioni prese, i soldi che dovrò tirare fuori (ho circa 80 millesimi) e le cose ancora in sospeso. Elenco puntato, massimo 150 parole."""),
(0, "classification", "it", "after", "list", None, """Post 1: "Ciao a tutti, la mia Panda del 2015 fa un rumore metallico quando freno, soprattutto in retromarcia. Pastiglie cambiate sei mesi fa. Idee?"
Post 2: "Qualcuno ha esperienza con l'assicurazione a km? Faccio 6.000 km l'anno e pago 780 euro, mi sembra una follia."
Post 3: "Vendo cerchi in lega 16 pollici originali Fiat, ottimo stato, zona Torino, 250 euro trattabili."
Post 4: "Ragazzi ho preso una multa per ZTL a Firenze di 4 mesi fa, mi è arrivata solo ora. È ancora valida? Ho letto che ci sono 90 giorni per la notifica."
Post 5: "La spia del motore si accende e si spegne da sola, l'auto va normalmente. Il meccanico dice sonda lambda, 180 euro. È normale?"
Post 6: "Consiglio: meglio una Yaris ibrida usata o una Clio GPL nuova? Uso misto, principalmente città."
Post 7: "Scambio manuale officina Punto 188 con manuale Grande Punto, spedizione a carico mio."
Post 8: "Mi hanno tamponato al semaforo, l'altro conducente non vuole firmare il CID. Cosa devo fare?"
Post 9: "La mia Golf a gasolio dopo i 2000 giri perde potenza e fa fumo nero. Filtro antiparticolato? Valvola EGR?"
Post 10: "Bollo auto: se vendo la macchina a metà anno mi rimborsano qualcosa?"
Post 11: "Cerco gomme invernali 195/65 R15 usate, massimo due stagioni, zona Bergamo o Brescia."
Post 12: "Dopo il lavaggio a mano il tettuccio ha delle piccole macchie bianche opache. Calcare? Come si tolgono senza rovinare la vernice?"
Post 13: "Autovelox sulla tangenziale: la multa dice 67 km/h in un tratto da 50, ma il cartello era coperto dagli alberi. Si può fare ricorso?"
Post 14: "Confronto consumi reali: la mia Captur benzina fa 14 km/l in città, 18 in autostrada. Voi?"
Post 15: "Regalo ai primi due che lo chiedono un seggiolino auto gruppo 1, usato poco, ritiro a Padova."
Post 16: "Il climatizzatore butta aria calda anche al massimo del freddo. Ricarica gas o compressore?"
Post 17: "Passaggio di proprietà tra privati: meglio farlo in agenzia o al PRA da soli? Quanto si spende?"
Post 18: "Qual è la differenza tra olio 5W30 e 5W40? Il libretto dice uno, il meccanico mi ha messo l'altro."
Post 19: "Vendo portapacchi Thule per Octavia station wagon, 90 euro."
Post 20: "Secondo voi conviene ancora comprare un'auto diesel nel nord Italia con tutti i blocchi del traffico che ci sono?"
Post 21: "Ho trovato un graffio profondo sulla portiera nel parcheggio del supermercato, nessun biglietto. Vale la pena denunciare?"
Post 22: "Rumore tipo cigolio dalle sospensioni anteriori sulle buche. Auto con 90.000 km."

Questi sono post del forum di cui sono moderatore. Assegna a ciascuno una di queste sezioni: MECCANICA, ASSICURAZIONI E BUROCRAZIA, MULTE E CODICE DELLA STRADA, COMPRAVENDITA, CONSIGLI ACQUISTO. Output: numero post - sezione, uno per riga, senza commenti."""),
(1, "general_qa", "it", "after", "email", None, """Gentile Architetto,
le scrivo con grande delusione. Quando abbiamo firmato il contratto per la ristrutturazione del nostro appartamento in via Carducci, a febbraio, lei ci aveva garantito che i lavori sarebbero terminati entro la fine di giugno, in tempo per il nostro trasloco. Siamo a metà settembre e la cucina non è ancora montata, il bagno principale è senza sanitari e il parquet della camera da letto, posato solo tre settimane fa, presenta già diverse doghe sollevate vicino alla portafinestra.

Nel frattempo noi abbiamo dovuto prolungare l'affitto del vecchio appartamento per altri tre mesi, con una spesa di 2.700 euro che non avevamo messo in conto, e mia moglie, che è incinta di sette mesi, è costretta a fare avanti e indietro per controllare il cantiere perché a lei rispondono e a me no.

Vorrei ricordarle che a maggio abbiamo approvato una variante per spostare l'attacco della lavatrice, variante che lei ci aveva detto avrebbe comportato "al massimo una settimana di ritardo". Ci risulta inoltre che il piastrellista sia stato assente per quasi tutto agosto senza che nessuno ci avvisasse.

Abbiamo già pagato il 70% dell'importo concordato. Il contratto prevede una penale di 50 euro per ogni giorno di ritardo oltre la data di fine lavori, salvo cause di forza maggiore. Non ci sembra che un mese di ferie del piastrellista rientri tra queste.

Le chiediamo quindi: una data certa di fine lavori, per iscritto, entro venerdì; la sostituzione delle doghe difettose a vostre spese; l'applicazione della penale prevista dal contratto, che scaleremo dal saldo finale. In mancanza di una risposta soddisfacente ci vedremo costretti a rivolgerci a un legale.

Distinti saluti

Questa è la mail che ci ha mandato un cliente. Io sono il titolare dello studio di architettura. Il ritardo è vero, in parte colpa nostra (il piastrellista ci ha mollato) e in parte del fornitore della cucina che ha consegnato con 6 settimane di ritardo, cosa che avevamo comunicato solo a voce. Le doghe sollevate secondo noi sono dovute all'umidità perché il cliente ha lasciato la portafinestra aperta durante un temporale, ma non ne siamo sicuri al 100%. Aggiungo che la variante della lavatrice in realtà ci ha fatto perdere quasi tre settimane, perché abbiamo dovuto rifare una parte dell'impianto idraulico, ma non l'avevamo quantificato per iscritto. Il cliente finora è sempre stato corretto e ci ha portato anche due amici come nuovi clienti. Non voglio perdere il cliente né finire davanti a un avvocato. Come mi conviene rispondere? Devo accettare la penale? Cosa posso offrire?"""),
(1, "open_qa", "it", "after", "prose", None, """Ho trovato questo testo su un sito di "storia alternativa" e mio zio lo condivide ovunque:

"Quello che non vi insegnano a scuola è che l'Unità d'Italia fu in realtà una semplice conquista militare del Regno delle Due Sicilie da parte dei Savoia, finanziata dagli inglesi, che volevano il controllo del Mediterraneo. Prima del 1860 il Sud era la zona più ricca e industrializzata d'Europa: Napoli era la terza città del continente, aveva la prima ferrovia d'Italia, la Napoli-Portici, e le acciaierie di Pietrarsa erano le più grandi del mondo. Il Banco di Napoli aveva riserve d'oro superiori a quelle di tutti gli altri stati italiani messi insieme. Dopo l'annessione, tutto questo oro fu portato al Nord per ripagare i debiti del Piemonte, le fabbriche furono chiuse e spostate a Genova e Torino, e milioni di meridionali furono costretti a emigrare. I cosiddetti briganti non erano criminali ma patrioti che difendevano la loro terra, e furono massacrati dall'esercito piemontese in una guerra durata dieci anni, con più morti della Prima guerra mondiale. Il plebiscito del 1860 fu una farsa: si votava in pubblico, con due urne separate, sotto lo sguardo dei soldati. Garibaldi stesso, prima di morire, scrisse che se avesse saputo come sarebbe finita non avrebbe mai fatto la spedizione dei Mille. Ancora oggi il divario Nord-Sud è la diretta conseguenza di quel saccheggio, e nessun libro di storia ufficiale ha il coraggio di dirlo. Le statistiche del 1861 dimostrano che il reddito pro capite al Sud era più alto che al Nord, e che il tasso di alfabetizzazione era simile."

Vorrei rispondergli in modo serio. Cosa c'è di vero e cosa è esagerato o falso in questo testo? Cosa dicono gli storici, per esempio sulle riserve d'oro, su Pietrarsa, sul brigantaggio e sul reddito del Sud nel 1861?"""),
(1, "creative_writing", "it", "after", "notes", None, """Informazioni per il discorso:
- Azienda: Tipografia Moretti, fondata nel 1974 a Lecco da Giuseppe Moretti, allora 26enne, con una macchina Heidelberg usata comprata a rate e un garage in affitto.
- Primi clienti: parrocchie, bocciofile, il calzaturificio del paese (volantini, biglietti da visita, partecipazioni di nozze).
- 1983: prima sede vera, in via dell'Industria; entra in azienda la moglie Lucia, che si occupa della contabilità per trent'anni.
- 1991: alluvione, il capannone va sott'acqua, i dipendenti (allora 9) vengono a spalare di domenica senza che nessuno glielo chieda. Giuseppe lo racconta sempre come il giorno in cui ha capito di avere "una famiglia e non un'azienda".
- 2002: arriva il digitale, grosso investimento, molti dicono che è una follia. Si rivela la scelta giusta.
- 2010: entra il figlio Andrea, che oggi è amministratore delegato. Ci sono stati scontri tra padre e figlio sulla strategia (Andrea voleva puntare sul packaging, Giuseppe no). Alla fine ha avuto ragione Andrea, e Giuseppe lo ammette ridendo.
- Crisi del 2020: nessun licenziamento, cassa integrazione integrata dall'azienda.
- Oggi: 48 dipendenti, packaging per cosmetica e alimentare, clienti in Francia e Svizzera, pannelli solari sul tetto.
- Alla festa ci saranno dipendenti attuali ed ex, le famiglie, il sindaco, alcuni clienti storici. Giuseppe ha 76 anni, è commosso facilmente, non ama i discorsi lunghi ma stavolta vuole parlare.
- Vuole ricordare Lucia, scomparsa due anni fa, senza rendere il discorso troppo triste.
- Vuole ringraziare per nome almeno Franco (il primo dipendente, in pensione, sarà presente) e la squadra di produzione.
- Deve annunciare che l'azienda istituisce una borsa di studio intitolata a Lucia per ragazzi dell'istituto tecnico grafico della città.

Scrivi il discorso che Giuseppe leggerà alla festa per i 50 anni dell'azienda. Prima persona, circa 5 minuti di lettura, linguaggio semplice e un po' lombardo nello spirito, qualche momento di ironia (per esempio sul litigio col figlio e sul packaging), chiusura con l'annuncio della borsa di studio e un brindisi."""),
(0, "summarization", "it", "before", "email", "EU-it-p12", """Riassumimi questa comunicazione della scuola in 4 punti:

Gentili famiglie,
in attuazione della recente circolare ministeriale, a partire da lunedì 16 l'uso del telefono cellulare sarà vietato durante tutto l'orario scolastico, compresi intervallo e mensa, per tutte le classi della scuola secondaria di primo grado. All'ingresso gli studenti dovranno spegnere il dispositivo e riporlo nell'apposita cassetta presente in ogni aula, che resterà chiusa a chiave fino al suono dell'ultima campanella. In caso di necessità, le famiglie potranno contattare la segreteria al numero fisso dell'istituto, che provvederà ad avvisare immediatamente lo studente. L'uso di tablet o computer resta consentito esclusivamente per attività didattiche guidate dal docente. Gli studenti trovati in possesso di un telefono acceso riceveranno una nota disciplinare; alla terza nota è prevista la sospensione di un giorno. Si ricorda che la scuola non risponde di eventuali danni o smarrimenti dei dispositivi portati da casa. Il Consiglio d'Istituto si riunirà a fine quadrimestre per una prima valutazione del provvedimento.
La Dirigente Scolastica"""),
(1, "general_qa", "it", "before", "email", "EU-it-p12", """Questa è la comunicazione della scuola di mio figlio (13 anni):

"...a partire da lunedì 16 l'uso del telefono cellulare sarà vietato durante tutto l'orario scolastico, compresi intervallo e mensa. All'ingresso gli studenti dovranno spegnere il dispositivo e riporlo nell'apposita cassetta presente in ogni aula, chiusa a chiave fino al suono dell'ultima campanella. In caso di necessità, le famiglie potranno contattare la segreteria. Gli studenti trovati in possesso di un telefono acceso riceveranno una nota disciplinare; alla terza nota è prevista la sospensione di un giorno."

Lui è furioso, dice che è un'ingiustizia e che non ci andrà più in bicicletta senza telefono perché ha paura se gli succede qualcosa per strada. Io in realtà sono abbastanza d'accordo con la scuola. Come ne parlo con lui senza che diventi una guerra? E per il tragitto in bici cosa mi consigli?"""),
(0, "classification", "it", "after", "prose", "EU-it-p13", """Cercasi Sviluppatore Backend – Milano (ibrido)
Siamo una scale-up fintech con 80 persone. Cerchiamo una persona da inserire nel team Payments.
Cosa farai: sviluppo di microservizi in Java/Spring Boot, progettazione di API REST, code review, partecipazione alle scelte architetturali insieme al tech lead.
Requisiti: almeno 2 anni di esperienza come sviluppatore backend, conoscenza di SQL e di almeno un database relazionale, familiarità con Docker e Git. Gradita esperienza con Kafka e AWS. Inglese buono (il team è internazionale).
Offriamo: RAL 38-45k, 3 giorni di smart working, buoni pasto, budget formazione 1.000 €/anno.

Questo annuncio è per un profilo junior, mid o senior? Rispondi con una parola"""),
(1, "creative_writing", "it", "after", "prose", "EU-it-p13", """Cercasi Sviluppatore Backend – Milano (ibrido)
Siamo una scale-up fintech con 80 persone. Cerchiamo una persona da inserire nel team Payments.
Cosa farai: sviluppo di microservizi in Java/Spring Boot, progettazione di API REST, code review.
Requisiti: almeno 2 anni di esperienza come sviluppatore backend, SQL, Docker e Git. Gradita esperienza con Kafka e AWS. Inglese buono.
Offriamo: RAL 38-45k, 3 giorni di smart working, buoni pasto.

Io ho 3 anni di esperienza in Java in una software house di Bergamo, soprattutto gestionali, niente Kafka ma ho fatto un corso su AWS. Scrivimi una cover letter breve in italiano per candidarmi, che non sembri scritta da ChatGPT"""),
(0, "summarization", "it", "after", "chat", None, """Chiara: allora sicilia sì o no
Teo: sìììì
Giulia: io ci sto ma max 900 euro tutto compreso
Teo: volo Bergamo-Catania a luglio costa uno sproposito, agosto peggio
Chiara: e se facciamo metà settembre? dal 12 al 20
Giulia: per me ok, ho le ferie
Teo: io devo chiedere ma credo di sì
Chiara: proposta: 3 notti a Siracusa (Ortigia) e 4 a Marzamemi o lì vicino, macchina a noleggio
Giulia: macchina la guido io, Teo guida come un pazzo
Teo: ahah vero
Teo: ho trovato un appartamento a Ortigia 85 a notte per tre, con terrazzo
Chiara: prendilo!! Marzamemi lo cerco io stasera
Giulia: io mi occupo della macchina, cerco con kasko
Chiara: voli: ce n'è uno Ryanair sabato 12 alle 6:30, 98 euro andata e ritorno con bagaglio piccolo
Teo: alle 6:30 😭 va bene
Giulia: ok prenotate tutti entro domenica che i prezzi salgono

Chi si è perso la chat (io): riassumi cosa hanno deciso e chi fa cosa"""),
(1, "open_qa", "it", "after", "code", None, """SELECT c.nome, c.cognome, COUNT(o.id) AS n_ordini
FROM clienti c
LEFT JOIN ordini o ON o.cliente_id = c.id
WHERE YEAR(o.data_ordine) = 2024
  AND LOWER(c.email) LIKE '%@gmail.com'
GROUP BY c.id, c.nome, c.cognome
ORDER BY n_ordini DESC;

La tabella ordini ha 12 milioni di righe, c'è un indice su data_ordine e uno su cliente_id, eppure questa query ci mette quasi un minuto su MySQL 8. Perché è così lenta? Poi ho notato che i clienti con zero ordini non escono, anche se ho messo LEFT JOIN: come mai?"""),
(0, "classification", "it", "before", "list", None, """Assegna ogni messaggio al team giusto: TECNICO, AMMINISTRAZIONE, LOGISTICA, COMMERCIALE. Formato "n. TEAM".

1. "La fattura di marzo riporta una partita IVA sbagliata, potete riemetterla?"
2. "L'app si chiude appena provo a caricare le foto del prodotto."
3. "Vorrei un preventivo per 500 pezzi con il nostro logo stampato."
4. "Il corriere ha lasciato il pacco al vicino senza avvisare e ora non si trova."
5. "Non ricevo l'email di reset della password, ho controllato anche lo spam."
6. "Avete listini riservati per rivenditori?"
7. "Ho pagato due volte lo stesso ordine, mi serve il rimborso di uno dei due addebiti."
8. "Consegna prevista per giovedì ma il tracking è fermo a Bologna da cinque giorni." """),
(0, "summarization", "it", "before", "prose", None, """Riassumi in 3 righe:

SANREMO – Si è chiusa nella notte la finale del Festival, con un'audience media del 64% di share, il dato più alto degli ultimi vent'anni. A vincere è stato il duo torinese emerso dai talent, con una ballata sul rapporto tra un padre e un figlio che ha messo d'accordo giuria demoscopica, sala stampa e televoto. Secondo posto per la cantante napoletana data per favorita alla vigilia, che ha commentato con un ironico "va bene così, l'importante è la musica", mentre il terzo gradino del podio è andato al rapper romano che aveva fatto discutere per il testo contro la speculazione edilizia. Polemiche per il televoto: alcuni fan club denunciano malfunzionamenti del sistema nella prima ora. La Rai ha già annunciato la conduzione per il prossimo anno, confermando lo stesso direttore artistico."""),
(1, "creative_writing", "it", "before", "story", None, """Continua questa storia per almeno altri 300 parole, stesso stile, e dalle un finale inquietante:

"La casa della zia Amalia era rimasta chiusa per undici anni. Quando il notaio ci consegnò le chiavi, mio fratello disse subito che l'avremmo venduta entro l'estate. Io non dissi niente. Ricordavo il corridoio lunghissimo, la carta da parati con i fagiani, il pendolo che si fermava sempre alle tre e dieci. Il giorno in cui entrammo, l'aria era ferma e dolciastra, come di mele lasciate troppo a lungo in un cesto. Mio fratello aprì le persiane della cucina. Io andai dritta in fondo al corridoio. Il pendolo segnava le tre e dieci. E stava ancora oscillando." """),
(0, "summarization", "it", "after", "notes", None, """appunti filosofia 12/11
kant - critica ragion pura (1781)
- problema: come sono possibili giudizi sintetici a priori? (matematica, fisica)
- giudizi analitici (predicato già nel soggetto, a priori, non aumentano conoscenza) vs sintetici (a posteriori, da esperienza, aumentano conoscenza)
- sintetici a priori = aumentano conoscenza ma universali e necessari
- "rivoluzione copernicana": non è il soggetto che si adegua all'oggetto ma l'oggetto che si adegua alle forme del soggetto
- forme a priori della sensibilità: spazio e tempo (estetica trascendentale)
- categorie dell'intelletto: 12 (analitica trascendentale)
- fenomeno (cosa per noi) vs noumeno (cosa in sé, inconoscibile)
- dialettica trascendentale: anima, mondo, Dio = idee della ragione, non conoscibili scientificamente, errore della metafisica tradizionale
prof dice che all'esame chiede SEMPRE differenza fenomeno/noumeno

riassumi questi appunti in un testo di mezza pagina che posso ripetere a voce"""),
(1, "general_qa", "it", "before", "notes", None, """Ci sposiamo a giugno dell'anno prossimo, budget totale 22.000 euro (ci aiutano un po' i genitori). Invitati circa 110. Vorremmo cerimonia civile in un posto all'aperto in Monferrato, pranzo e non cena perché molti parenti anziani. Lei vuole assolutamente un fotografo bravo, io tengo alla musica dal vivo. Non ci interessano bomboniere classiche né tableau elaborati. Siamo entrambi in smart working e abbiamo tempo nei weekend.

Come ci organizziamo? Come divideresti il budget tra location, catering, foto, musica, abiti ecc.? E cosa dobbiamo prenotare per primo, a quanti mesi di distanza?"""),
(0, "classification", "it", "after", "chat", "EU-it-p14", """Messaggio del mio ex di stanotte: "Tranquilla, non ti disturbo più, vedo che hai già la tua nuova vita. Buona fortuna con tutto, davvero. Io almeno ci ho provato."

è passivo-aggressivo? sì o no, senza spiegazioni"""),
(1, "general_qa", "it", "after", "chat", "EU-it-p14", """Messaggio del mio ex di stanotte: "Tranquilla, non ti disturbo più, vedo che hai già la tua nuova vita. Buona fortuna con tutto, davvero. Io almeno ci ho provato."

ci siamo lasciati due mesi fa, è stata una decisione mia. devo rispondere o lo ignoro? se rispondo cosa gli scrivo?"""),
(1, "open_qa", "it", "none", "none", None, """Cos'era esattamente il superbonus 110% e perché adesso tutti dicono che ha fatto un buco enorme nei conti pubblici? Spiegamelo senza schierarti politicamente."""),
(0, "summarization", "it", "after", "prose", None, """"Per domani è attesa una giornata instabile al Nord, con rovesci e temporali anche intensi sulle Prealpi lombarde e venete dal primo pomeriggio, in estensione serale alla pianura. Al Centro e al Sud prevalenza di sole, temperature in lieve aumento con punte di 33 gradi in Puglia e Sicilia. Venti deboli, mari poco mossi." Dimmelo in una frase"""),
(1, "creative_writing", "it", "none", "none", None, """scrivimi un coro da stadio per la squadra di calcetto aziendale, "Gli Sgabuzzini", su un'aria famosa tipo Seven Nation Army, che prenda in giro con affetto l'ufficio contabilità"""),
(0, "classification", "it", "before", "list", None, """bug o feature request? etichetta ognuno
- "The export to PDF button does nothing on Safari"
- "sarebbe bello poter filtrare i clienti per provincia"
- "dopo l'update l'app crasha all'avvio su Android 12"
- "aggiungere il dark mode please"
- "i totali della fattura non tornano se metto lo sconto in %" """),
(0, "summarization", "it", "none", "none", "EU-it-p15", """riassunto di Nuovo Cinema Paradiso, poche righe"""),
(1, "open_qa", "it", "none", "none", "EU-it-p15", """Nuovo Cinema Paradiso in poche righe: perché è considerato un capolavoro e cosa ha di speciale il finale con i baci tagliati?"""),
(1, "open_qa", "it", "none", "none", None, """quanti abitanti ha la sicilia circa? più o meno della lombardia?"""),
(1, "general_qa", "it", "none", "none", None, """meglio sardegna o puglia ad agosto con due bimbi di 2 e 5 anni?"""),
(0, "classification", "it", "before", "prose", None, """È passivo-aggressivo? "Come vuoi tu, tanto decidi sempre tu." """),
(1, "creative_writing", "it", "none", "none", None, """nomi per il mio gatto arancione, possibilmente nomi di formaggi italiani"""),
(0, "classification", "it", "before", "list", None, """maschile o femminile: tema, mano, problema, radio, pianeta"""),
(0, "summarization", "it", "before", "prose", None, """riassumi in una riga: il comune informa che causa lavori alla rete idrica mercoledì l'acqua mancherà dalle 8 alle 16 in tutto il centro storico"""),
(1, "general_qa", "it", "none", "none", None, """Quale smartphone sotto i 300 euro per mia madre di 72 anni? Serve schermo grande e WhatsApp, poco altro."""),
(0, "classification", "it", "before", "prose", None, """Che hashtag tra #cucina #viaggi #sport? "Oggi carbonara con guanciale vero e pecorino, niente panna" """),
(1, "open_qa", "it", "none", "none", None, """che differenza c'è tra prosecco, franciacorta e champagne? solo la zona?"""),
(0, "summarization", "it", "none", "none", None, """mi riassumi l'odissea in tre frasi"""),
(1, "creative_writing", "it", "none", "none", None, """Una dedica per la laurea in medicina della mia migliore amica, da scrivere sul biglietto dei fiori"""),
]
