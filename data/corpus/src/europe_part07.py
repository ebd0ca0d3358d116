# writer europe, part 07. Each item written by hand.
ITEMS = [
(0, "summarization", "fr", "after", "email", "eu2-fr-p01", """Bonjour à tous,

Suite au conseil syndical d'hier soir, voici ce qui a été décidé pour la résidence Les Tilleuls. Le ravalement de la façade côté rue est voté pour le printemps, les travaux devraient commencer mi-avril et durer environ dix semaines ; un échafaudage sera installé devant les bâtiments A et B, merci de ne rien laisser sur les balcons. Le devis retenu est celui de l'entreprise Marchal, pour 148 000 € TTC, réparti selon les tantièmes ; un premier appel de fonds partira en mars. Par ailleurs, le local vélos sera enfin équipé d'un badge, et les vélos abandonnés (sans étiquette au 31 janvier) seront évacués. Enfin, on nous signale encore des sacs poubelles déposés à côté des bacs : la mairie peut verbaliser la copropriété, soyez vigilants.

Bien cordialement,
Le conseil syndical

---
tu peux me faire un résumé de ce mail en 3 lignes ? j'ai la flemme de tout lire"""),
(1, "general_qa", "fr", "after", "email", "eu2-fr-p01", """Bonjour à tous,

Suite au conseil syndical d'hier soir : le ravalement de la façade côté rue est voté pour le printemps, début des travaux mi-avril pour environ dix semaines. Devis retenu : 148 000 € TTC, réparti selon les tantièmes, premier appel de fonds en mars.

Bien cordialement,
Le conseil syndical

---
je suis au chômage depuis novembre et ma quote-part va faire dans les 3 200 €. je peux demander un échelonnement ? à qui je m'adresse et comment je formule ça sans passer pour une mauvaise payeuse ?"""),
(0, "classification", "fr", "before", "list", None, """Classe ces plats par région (Alsace, Bretagne, Sud-Ouest, Provence) :
- choucroute
- kouign-amann
- confit de canard
- ratatouille
- baeckeoffe
- far breton
- garbure
- tapenade"""),
(1, "creative_writing", "fr", "none", "none", None, """un haïku sur le métro parisien à 8h du matin"""),
(1, "open_qa", "fr", "none", "none", None, """Pourquoi est-ce qu'on dit « septante » et « nonante » en Belgique et en Suisse mais pas en France ? D'où vient notre « quatre-vingt-dix » bizarre ?"""),
(0, "classification", "fr", "after", "reviews", None, """« Livraison en 48h, colis bien emballé, rien à dire. »
« Le produit est conforme mais la notice est uniquement en allemand, c'est pénible. »
« Jamais reçu. Service client injoignable. Fuyez. »
« Correct pour le prix, sans plus. »
« Franchement top, je recommande à 100 % !! »

Pour chaque avis : positif, négatif ou mitigé ? Réponds sous forme de liste numérotée."""),
(1, "general_qa", "fr", "none", "none", None, """Je viens d'être embauchée en CDI dans une boîte à Nantes, période d'essai de 4 mois. Mon ancien employeur me propose de revenir avec +15 % de salaire. Je suis en semaine 3. Je fais quoi ? Je peux partir du jour au lendemain ?"""),
(0, "summarization", "fr", "before", "transcript", None, """Peux-tu rédiger un compte rendu synthétique de cette réunion d'équipe (décisions + qui fait quoi) ?

Karim : Bon, on commence. Premier point, la migration vers le nouveau CRM. Sophie, t'en es où ?
Sophie : L'export des contacts est fait, il reste les historiques de devis. Le prestataire dit fin du mois.
Karim : Fin du mois, c'est limite avec le salon de Lyon. On peut prioriser les clients actifs ?
Sophie : Oui, je peux leur demander de migrer d'abord les comptes avec une commande sur les 24 derniers mois.
Karim : Parfait, fais ça. Deuxième point, le salon. Thomas ?
Thomas : Le stand est réservé, 18 m². Il nous manque les kakémonos, l'imprimeur attend le BAT.
Karim : Qui valide le BAT ?
Thomas : Normalement c'est Julie mais elle est en congé jusqu'au 12.
Karim : Je le validerai moi, envoie-le-moi aujourd'hui.
Thomas : OK.
Sophie : Et pour les goodies, on repart sur les tote bags ?
Karim : Non, on en a encore 300 en stock de l'an dernier. On écoule ça d'abord.
Thomas : Dernier truc, le planning du stand. Il faut deux personnes par demi-journée.
Karim : Fais un tableau partagé, chacun s'inscrit d'ici vendredi. Voilà, merci à tous."""),
(1, "open_qa", "fr", "none", "none", None, """c'est quoi exactement la différence entre un notaire et un avocat en France ? on a besoin de qui pour acheter un appart ?"""),
(0, "classification", "fr", "inline", "chat", None, """[Consigne système] Tu es un filtre de modération pour les commentaires d'un journal régional. Pour chaque commentaire, réponds uniquement par OK, INSULTE, SPAM ou HORS-SUJET.

Commentaire 1 : « Encore des travaux sur la rocade, ça fait trois ans que ça dure, merci la métropole. »
Commentaire 2 : « Gagnez 500 €/jour depuis chez vous, cliquez sur mon profil !!! »
Commentaire 3 : « Le maire est un abruti fini et ceux qui ont voté pour lui aussi. »
Commentaire 4 : « Quelqu'un sait si le marché de Noël ouvre ce week-end ? »"""),
(1, "creative_writing", "fr", "none", "none", None, """Écris un petit discours (2 minutes max) pour le mariage de ma sœur Camille avec Antoine. Je suis le témoin, on est très proches, elle est prof de SVT et lui pompier. Un peu d'humour mais pas de blagues lourdes sur l'ex, s'il te plaît."""),
(0, "summarization", "fr", "none", "none", "eu2-fr-p02", """résume-moi Les Misérables en 5 lignes, c'est pour demain"""),
(1, "open_qa", "fr", "none", "none", "eu2-fr-p02", """Dans Les Misérables, pourquoi Javert se suicide à la fin ? Qu'est-ce que Hugo veut dire avec ce personnage ?"""),
(0, "classification", "fr", "none", "none", None, """Trouve l'intrus : chocolatine, croissant, pain aux raisins, baguette, chausson aux pommes"""),
(1, "general_qa", "fr", "none", "none", None, """quels jeux de société pour un apéro entre 8 adultes qui ne se connaissent pas tous ? pas trop long à expliquer"""),
(0, "summarization", "fr", "after", "prose", None, """Le conseil municipal de Quimperlé a adopté lundi soir, par 24 voix contre 5, le projet de piétonnisation partielle du centre-ville. À partir du 1er juin, la rue Savary et le quai Brizeux seront fermés à la circulation automobile du vendredi 18 h au dimanche 20 h, et toute la journée en juillet et août. Les riverains pourront accéder à leur domicile grâce à un système de bornes escamotables. Les commerçants restent partagés : si les restaurateurs se réjouissent de pouvoir agrandir leurs terrasses, plusieurs boutiques de prêt-à-porter craignent une baisse de fréquentation, la clientèle des communes voisines venant majoritairement en voiture. Pour compenser, la municipalité promet une navette gratuite depuis le parking de la gare et 120 places supplémentaires. Un premier bilan sera présenté en octobre.

Fais-moi un résumé de cet article en une phrase."""),
(1, "creative_writing", "fr", "none", "none", None, """Fais-moi une chanson à boire façon chant de marin breton sur notre club de voile qui perd toutes ses régates"""),
(0, "classification", "fr", "before", "list", None, """Parmi ces mots, lesquels sont des anglicismes ? Réponds juste avec la liste.
week-end, parking, baguette, mail, fromage, brainstorming, voiture, deadline, ordinateur, shopping"""),
(1, "open_qa", "fr", "after", "code", None, """def moyenne(notes):
    total = 0
    for n in notes:
        total += n
    return total / len(notes)

print(moyenne([]))

Pourquoi ça plante ? J'ai une ZeroDivisionError et je comprends pas d'où elle sort, la liste est juste vide"""),
(1, "general_qa", "fr", "none", "none", None, """Je suis frontalier, j'habite à Annemasse et je bosse à Genève. On m'a parlé de la LAMal et de la CMU frontalier, je dois choisir avant la fin du mois. Tu peux m'expliquer comment choisir selon ma situation (célibataire, 31 ans, pas de problème de santé) ?"""),
(0, "summarization", "fr", "before", "chat", "eu2-fr-p03", """Résume-moi ce qui a été dit dans la conversation, je viens de rentrer dans le groupe :

[Coloc Rue Nationale]
Inès : les gars le frigo pue à nouveau
Maxime : c'est pas moi j'ai rien dedans depuis lundi
Lucas : c'est le fromage de Théo je pense
Théo : mon maroilles est dans une boîte hermétique !!
Inès : bref faut qu'on fasse un planning de ménage, c'est pas possible
Maxime : ok mais on tourne chaque semaine alors, cuisine / salle de bain / salon / poubelles
Lucas : ça me va. je prends la cuisine cette semaine
Théo : poubelles pour moi
Inès : et la nouvelle coloc arrive le 1er, elle aura la salle de bain
Maxime : on lui dit pour le maroilles ou on la laisse découvrir ?"""),
(1, "creative_writing", "fr", "before", "chat", "eu2-fr-p03", """Écris un message rigolo pour accueillir notre nouvelle coloc dans le groupe WhatsApp, en gardant les running gags de la conversation :

[Coloc Rue Nationale]
Inès : les gars le frigo pue à nouveau
Lucas : c'est le fromage de Théo je pense
Théo : mon maroilles est dans une boîte hermétique !!
Inès : bref faut qu'on fasse un planning de ménage
Maxime : on lui dit pour le maroilles ou on la laisse découvrir ?"""),
(0, "classification", "fr", "after", "email", None, """Objet : Votre colis n° FR29384756 est en attente
Bonjour, votre colis n'a pas pu être livré faute d'affranchissement suffisant. Réglez 1,99 € sous 48 h via le lien ci-dessous pour reprogrammer la livraison : http://laposte-suivi-colis.info/regler
La Poste

c'est une arnaque ou pas ? oui/non"""),
(1, "open_qa", "fr", "none", "none", None, """Comment fonctionne le second tour des élections présidentielles en France ? Pourquoi il n'y en a pas aux États-Unis ?"""),
(1, "general_qa", "fr", "none", "none", None, """idées de sortie en famille autour de Lille un dimanche pluvieux, enfants de 5 et 9 ans, budget serré"""),
(0, "summarization", "fr", "before", "reviews", None, """Donne-moi les 3 reproches qui reviennent le plus dans ces avis sur notre gîte, en une ligne chacun :

« Superbe vue sur le Vercors, mais le lit était vraiment inconfortable. »
« Accueil chaleureux. Par contre le wifi ne marche pas du tout dans les chambres. »
« Très propre, calme absolu. Matelas un peu mou à mon goût. »
« Le petit-déjeuner maison est un délice ! Dommage qu'il n'y ait pas de réseau. »
« Difficile à trouver la nuit, aucun panneau depuis la départementale. »
« Literie à revoir, sinon parfait. »
« Pas de wifi, pas de 4G : prévenez les gens dans l'annonce ! »
« On s'est perdus deux fois avant d'arriver, le GPS envoie sur un chemin forestier. »"""),
(0, "classification", "fr", "none", "none", None, """« T'inquiète, je gère » : registre familier, courant ou soutenu ?"""),
(1, "creative_writing", "fr", "none", "none", None, """Propose 8 slogans pour une campagne de la ville de Grenoble qui encourage à aller au boulot à vélo même l'hiver. Ton positif, pas moralisateur."""),
(0, "summarization", "fr", "after", "verse", None, """Demain, dès l'aube, à l'heure où blanchit la campagne,
Je partirai. Vois-tu, je sais que tu m'attends.
J'irai par la forêt, j'irai par la montagne.
Je ne puis demeurer loin de toi plus longtemps.

Je marcherai les yeux fixés sur mes pensées,
Sans rien voir au dehors, sans entendre aucun bruit,
Seul, inconnu, le dos courbé, les mains croisées,
Triste, et le jour pour moi sera comme la nuit.

Je ne regarderai ni l'or du soir qui tombe,
Ni les voiles au loin descendant vers Harfleur,
Et quand j'arriverai, je mettrai sur ta tombe
Un bouquet de houx vert et de bruyère en fleur.

résume ce que raconte ce poème en deux phrases simples, pour mon fils en 4e"""),
(1, "open_qa", "fr", "none", "none", None, """Victor Hugo a écrit « Demain, dès l'aube » pour qui, et dans quel contexte ?"""),
(0, "classification", "fr", "inline", "form", None, """Ticket support n° 5521
Client : abonnement fibre
Message : « Depuis l'orage de samedi la box clignote rouge et plus rien ne marche, ni internet ni la télé. J'ai déjà débranché et rebranché. »

Affecte ce ticket à une seule file : FACTURATION, PANNE_TECHNIQUE, DEMENAGEMENT, RESILIATION. Réponds uniquement par le nom de la file."""),
(1, "general_qa", "fr", "after", "email", None, """Madame,
Nous avons le regret de vous informer que votre candidature au poste de chargée de communication n'a pas été retenue. Nous conservons votre CV dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité se présente.
Cordialement,
Service RH

C'est la quatrième réponse comme ça ce mois-ci. Ça vaut le coup de leur répondre pour demander un retour sur ma candidature ? Et comment je m'y prends pour que ça ne fasse pas désespéré ?"""),
(1, "creative_writing", "fr", "none", "none", None, """raconte une histoire pour endormir un enfant de 4 ans, avec un hérisson qui a peur du noir. courte stp elle dort presque"""),
(0, "summarization", "fr", "before", "log", None, """Explique-moi en deux ou trois phrases ce qui s'est passé d'après ces logs, pour que je le mette dans le rapport d'incident :

2024-03-14 02:11:03 INFO  backup-job démarré (base: compta_prod)
2024-03-14 02:11:04 INFO  connexion à db-02 OK
2024-03-14 02:37:52 WARN  espace disque /mnt/sauvegarde à 91 %
2024-03-14 02:52:10 WARN  espace disque /mnt/sauvegarde à 98 %
2024-03-14 02:54:31 ERROR écriture impossible : No space left on device
2024-03-14 02:54:31 ERROR backup-job interrompu, fichier partiel supprimé
2024-03-14 02:54:32 INFO  notification envoyée à astreinte@exemple.fr
2024-03-14 07:45:18 INFO  purge manuelle des sauvegardes > 30 jours (utilisateur: rbernard)
2024-03-14 07:46:02 INFO  espace disque /mnt/sauvegarde à 54 %
2024-03-14 07:48:40 INFO  backup-job relancé manuellement
2024-03-14 08:19:27 INFO  backup-job terminé avec succès (taille: 212 Go)"""),
(0, "classification", "fr", "before", "list", None, """trie ces bestioles : mammifère, oiseau, poisson ou reptile
- loutre
- martin-pêcheur
- brochet
- orvet
- chauve-souris
- sandre
- lézard des murailles"""),
(1, "open_qa", "fr", "none", "none", None, """pourquoi l'orvet c'est pas un serpent alors qu'il en a carrément l'air ??"""),
(1, "general_qa", "fr", "none", "none", None, """J'ai hérité d'une maison à la campagne dans la Creuse que je ne vais pas habiter. La vendre, la louer en gîte, ou la garder pour la famille ? Quels sont les pièges fiscaux à connaître ?"""),
(0, "summarization", "fr", "after", "notes", None, """notes cours droit constit 12/10
- Ve République : constit 4 oct 1958, De Gaulle / Debré
- régime semi-présidentiel (débat : parlementaire rationalisé ?)
- 1962 : référendum élection PR au SU direct -> renforce PR
- art 16 pleins pouvoirs, utilisé 1 fois (1961 putsch Alger)
- art 49.3 : engagement responsabilité gvt sur texte, motion de censure sinon adopté
- cohabitations : 86-88, 93-95, 97-2002
- 2000 : quinquennat, 2008 : grosse révision (QPC, limite 2 mandats)

tu peux me transformer ça en un paragraphe rédigé et clair ? sans rien ajouter, juste ce qu'il y a dans mes notes"""),
(1, "open_qa", "fr", "none", "none", None, """en gros c'est quoi les grandes idées de Montesquieu ? l'essentiel pour un oral de 5 min"""),
(0, "classification", "fr", "none", "none", None, """« Un immense merci pour votre accueil, on reviendra sans hésiter !! » -> sentiment ?"""),
(1, "creative_writing", "fr", "before", "reviews", None, """Écris une réponse polie et professionnelle à cet avis négatif laissé sur notre restaurant à Bordeaux, sans être sur la défensive :

« 45 minutes d'attente pour un plat du jour tiède, serveur débordé qui ne s'est même pas excusé. Le cadre est joli mais ça ne suffit pas. 2/5. »"""),
(0, "summarization", "fr", "before", "prose", "eu2-fr-p04", """Résume ce texte en 5 points clés, pour une fiche de révision :

La Première Guerre mondiale éclate en août 1914 après l'assassinat de l'archiduc François-Ferdinand à Sarajevo, qui déclenche le jeu des alliances : la Triple-Entente (France, Royaume-Uni, Russie) s'oppose aux Empires centraux (Allemagne, Autriche-Hongrie). Les Allemands espèrent une guerre courte grâce au plan Schlieffen, mais l'offensive est stoppée lors de la bataille de la Marne en septembre 1914. Le front se fige alors et commence la guerre de tranchées, marquée par des conditions de vie épouvantables pour les soldats, les « poilus ». En 1916, les batailles de Verdun et de la Somme font des centaines de milliers de morts sans résultat décisif. La guerre est aussi totale : les économies sont mobilisées, les femmes remplacent les hommes dans les usines, la propagande encadre l'opinion. En 1917, les États-Unis entrent en guerre tandis que la Russie, secouée par la révolution, signe la paix en 1918. L'armistice est signé le 11 novembre 1918, et le traité de Versailles de 1919 impose de lourdes conditions à l'Allemagne."""),
(1, "open_qa", "fr", "none", "none", "eu2-fr-p04", """Donne-moi les 5 points clés pour comprendre pourquoi la Première Guerre mondiale a éclaté, comme pour une fiche de révision."""),
(0, "classification", "fr", "after", "prose", None, """« Vends canapé 3 places en cuir, très bon état, cause déménagement. 250 € à débattre, à venir chercher à Villeurbanne. »

Catégorie leboncoin la plus adaptée : Ameublement, Électroménager, Décoration ou Bricolage ?"""),
(1, "general_qa", "fr", "none", "none", None, """Comment je prépare un entretien d'embauche en anglais pour un poste de data analyst ? Je suis à l'aise à l'écrit mais je bloque à l'oral."""),
(1, "creative_writing", "fr", "none", "none", None, """Rédige une lettre de motivation pour un job d'été comme saisonnier dans un camping en Vendée. J'ai 17 ans, pas d'expérience mais j'ai fait du baby-sitting et je suis animateur BAFA stagiaire."""),
(0, "summarization", "fr", "after", "story", None, """Il pleuvait depuis trois jours sur Saint-Malo quand Yannick trouva la lettre. Elle était coincée derrière le vieux buffet de sa grand-mère, que les déménageurs venaient de décoller du mur pour la première fois depuis cinquante ans. L'enveloppe, jaunie, portait un timbre canadien et une adresse écrite d'une main appliquée : « Mademoiselle Anne Le Goff, rue de la Pie ». Sa grand-mère s'appelait Anne Le Goff avant son mariage.

À l'intérieur, un seul feuillet. Un certain Étienne, matelot sur un terre-neuvas, lui demandait de l'attendre jusqu'au printemps 1956 ; il rentrerait, disait-il, et ils partiraient ensemble pour Montréal. Yannick relut trois fois la date. Sa grand-mère s'était mariée en juin 1956, avec son grand-père, un boulanger de Saint-Servan qui n'avait jamais pris la mer.

Le soir même, il appela sa mère. Elle resta silencieuse un long moment, puis dit seulement : « Elle ne m'en a jamais parlé. Mais elle gardait toujours une photo du port de Montréal dans son missel. » Yannick posa la lettre sur la table de la cuisine. Dehors, la pluie avait cessé.

Résume cette nouvelle en quatre phrases maximum."""),
(0, "classification", "fr", "after", "story", "eu2-fr-p08", """Il pleuvait depuis trois jours sur Saint-Malo quand Yannick trouva la lettre, coincée derrière le vieux buffet de sa grand-mère. Un matelot y demandait à la jeune Anne de l'attendre jusqu'au printemps 1956. Elle s'était mariée en juin, avec un autre.

Quel est le ton dominant de ce passage ? Choisis un seul : mélancolique, humoristique, angoissant, enthousiaste."""),
(1, "creative_writing", "fr", "after", "story", "eu2-fr-p08", """Il pleuvait depuis trois jours sur Saint-Malo quand Yannick trouva la lettre, coincée derrière le vieux buffet de sa grand-mère. Un matelot y demandait à la jeune Anne de l'attendre jusqu'au printemps 1956. Elle s'était mariée en juin, avec un autre.

Écris la suite : Yannick part à Montréal sur les traces d'Étienne. Une page environ, même style sobre."""),
(1, "open_qa", "fr", "none", "none", None, """C'étaient quoi les terre-neuvas exactement ? Les marins bretons partaient combien de temps pêcher la morue ?"""),
(0, "classification", "fr", "none", "none", None, """Cette phrase est-elle correcte ou fautive ? « Les documents que j'ai envoyé hier sont arrivés. » Réponds juste correcte/fautive."""),
(1, "open_qa", "fr", "none", "none", None, """pourquoi on accorde le participe passé avec le COD seulement s'il est placé avant ? c'est quoi la logique derrière cette règle ?"""),
(0, "summarization", "fr", "before", "table", "eu2-fr-p10", """Fais une synthèse en quelques phrases de ce tableau des ventes de notre cave pour la réunion de lundi :

| Vin | T1 | T2 | T3 | T4 |
|---|---|---|---|---|
| Côtes-du-Rhône rouge | 1 240 | 1 180 | 1 050 | 2 310 |
| Muscadet | 430 | 890 | 1 120 | 380 |
| Crémant d'Alsace | 310 | 290 | 340 | 1 460 |
| Bordeaux supérieur | 980 | 910 | 870 | 1 540 |
| Rosé de Provence | 150 | 1 620 | 1 980 | 210 |"""),
(1, "general_qa", "fr", "before", "table", "eu2-fr-p10", """On a une petite cave à Angers. Vu ces chiffres, qu'est-ce qu'on devrait faire pour lisser les ventes sur l'année ? Des idées d'animations ou de promos ?

| Vin | T1 | T2 | T3 | T4 |
|---|---|---|---|---|
| Côtes-du-Rhône rouge | 1 240 | 1 180 | 1 050 | 2 310 |
| Rosé de Provence | 150 | 1 620 | 1 980 | 210 |
| Crémant d'Alsace | 310 | 290 | 340 | 1 460 |"""),
(0, "classification", "fr", "before", "list", None, """Dis-moi pour chaque titre de presse s'il parle de sport, de politique, d'économie ou de culture :
1. « Le PSG s'impose dans la douleur face à Lens »
2. « Le Sénat rejette la proposition de loi sur la fin de vie »
3. « Le prix du gazole repasse sous les 1,70 € »
4. « Le Festival d'Avignon dévoile sa programmation »
5. « La BCE maintient ses taux directeurs »
6. « Teddy Riner vise un nouveau titre mondial »"""),
(1, "creative_writing", "fr", "none", "none", None, """Invente un conte court dans le style de La Fontaine, en vers, avec une trottinette électrique et un pigeon. Morale à la fin."""),
(0, "summarization", "fr", "none", "none", None, """Tu peux me faire un résumé rapide du film Intouchables ? quelques lignes"""),
(1, "general_qa", "fr", "none", "none", None, """Mon fils de 15 ans veut arrêter le lycée général pour faire un CAP cuisine. Je suis pas contre mais j'ai peur qu'il le regrette. Comment en parler avec lui et quelles infos demander au CIO ?"""),
(1, "open_qa", "fr", "none", "none", None, """Qu'est-ce qui distingue un vin AOC d'un vin IGP ? Et « vin de France », ça veut dire que c'est de la piquette ?"""),
(0, "classification", "fr", "inline", "chat", None, """Utilisateur : Salut, petite question, tu peux me dire si ce message est écrit en français de France ou en français québécois ? « Je vais magasiner en fin de semaine, pis après on va se prendre une poutine. » Juste la réponse stp"""),
(1, "creative_writing", "fr", "none", "none", None, """Écris un petit texte pour la carte de condoléances de la famille d'un collègue décédé brutalement. Sobre, sincère, 4-5 lignes, on le connaissait depuis 10 ans."""),
(0, "summarization", "fr", "before", "prose", None, """Lis ce courrier et dis-moi en deux phrases ce qu'on me demande, je comprends rien au jargon :

DIRECTION GÉNÉRALE DES FINANCES PUBLIQUES
Service des Impôts des Particuliers de Toulouse Sud

Objet : Demande de renseignements – Article L10 du Livre des procédures fiscales

Madame,

Dans le cadre de l'examen de votre déclaration de revenus de l'année 2022, il apparaît que le montant des frais réels déclarés au titre de vos frais professionnels (case 1AK) s'élève à 6 842 €. Afin de me permettre d'apprécier le bien-fondé de cette déduction, je vous serais obligé de bien vouloir me faire parvenir, dans un délai de trente jours à compter de la réception du présent courrier, les justificatifs correspondants, et notamment : le détail du calcul de vos frais kilométriques (distance domicile-travail, puissance fiscale du véhicule, nombre de jours travaillés), la copie de la carte grise du véhicule utilisé, ainsi que les justificatifs de vos frais de repas le cas échéant.

Vous pouvez transmettre ces éléments via votre messagerie sécurisée sur impots.gouv.fr. À défaut de réponse dans le délai imparti, l'administration pourra être amenée à rectifier votre imposition.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

L'inspecteur des finances publiques"""),
(1, "general_qa", "fr", "none", "none", None, """les impôts me demandent les justificatifs de mes frais réels de 2022 et j'ai perdu la moitié de mes tickets de resto. je risque quoi et je fais comment ?"""),
(0, "classification", "fr", "before", "list", None, """Classe ces mots par registre de langue (familier / courant / soutenu) : bagnole, voiture, automobile, boulot, travail, labeur, fric, argent, deniers"""),
(1, "open_qa", "fr", "none", "none", None, """Pourquoi le verlan est né en banlieue parisienne ? c'est vieux comme pratique ou pas ?"""),
(1, "creative_writing", "fr", "none", "none", None, """écris un rap de 8 mesures sur la galère des RER B en retard, avec des rimes en « -é »"""),
(0, "summarization", "fr", "after", "json", None, """{
  "commande": "CMD-88214",
  "client": "Boulangerie Au Pain Doré",
  "statut": "partiellement livrée",
  "articles": [
    {"ref": "FAR-T65", "libelle": "Farine T65 25kg", "qte_commandee": 40, "qte_livree": 40},
    {"ref": "LEV-FR", "libelle": "Levure fraîche 500g", "qte_commandee": 20, "qte_livree": 0},
    {"ref": "BEU-AOP", "libelle": "Beurre AOP Charentes 10kg", "qte_commandee": 6, "qte_livree": 6}
  ],
  "motif_reliquat": "rupture fournisseur",
  "date_livraison_reliquat": "2024-05-21"
}

Résume-moi l'état de cette commande en une phrase pour le client, en langage normal"""),
(0, "classification", "fr", "none", "none", None, """Ce mail est-il prioritaire ou peut-il attendre ? « Salut, pas urgent du tout, mais quand tu auras deux minutes, tu pourras me renvoyer le PDF de la présentation ? Merci ! » Réponds par un mot."""),
(1, "general_qa", "fr", "none", "none", None, """Comment négocier une augmentation quand on est dans une PME de 12 personnes et que le patron dit toujours que « c'est compliqué cette année » ?"""),
(1, "open_qa", "fr", "none", "none", None, """C'est vrai que les mouettes et les goélands c'est la même chose ? mon neveu me soutient que non"""),
(0, "summarization", "fr", "before", "prose", "eu2-fr-p05", """Fais un TL;DR de ce post de forum :

Salut à tous, je poste ici parce que je commence à devenir fou. J'ai acheté il y a deux mois une pompe à chaleur air/eau pour remplacer ma vieille chaudière fioul (maison de 1978, 110 m², isolée par les combles l'an dernier). Depuis le début des froids, la PAC tourne quasiment en continu, la facture d'électricité de janvier est de 310 €, et il fait à peine 18 °C dans le salon. L'installateur est passé une fois, il dit que tout est normal et que « c'est une maison ancienne ». J'ai vérifié : la température de départ est réglée à 55 °C, mes radiateurs sont ceux d'origine en fonte. Un voisin m'a dit que la PAC était peut-être sous-dimensionnée (8 kW). J'ai payé 14 000 € avant aides. Est-ce que quelqu'un a vécu ça ?"""),
(1, "general_qa", "fr", "before", "prose", "eu2-fr-p05", """Je vous écris parce que je deviens fou : pompe à chaleur air/eau de 8 kW installée il y a deux mois dans ma maison de 1978 (110 m², combles isolés), radiateurs en fonte d'origine, départ réglé à 55 °C. Elle tourne en continu, 310 € d'électricité en janvier et 18 °C dans le salon. L'installateur dit que c'est normal.

Concrètement, qu'est-ce que je peux faire ? Quels recours contre l'installateur, et quels réglages tester en attendant ?"""),
(0, "classification", "fr", "before", "list", None, """lequel n'est pas un affluent de la Loire ? Allier, Cher, Vienne, Marne, Indre"""),
(1, "creative_writing", "fr", "none", "none", None, """Trouve-moi un nom et une baseline pour une micro-brasserie artisanale dans le Jura, on fait surtout des bières au sapin et au comté (oui oui)"""),
(0, "summarization", "fr", "before", "email", None, """Résume cette chaîne de mails en 3 puces : qui demande quoi, et ce qui reste à décider.

De : Hélène Vasseur
À : équipe projet
Objet : Séminaire de juin

Bonjour à tous, la direction valide le principe d'un séminaire de deux jours en juin. Budget max 9 000 € pour 25 personnes. J'ai deux options : un domaine près de Chantilly ou un hôtel à Deauville. Vos avis d'ici jeudi ?

---
De : Bruno Lemaire
Deauville c'est sympa mais 2 h 30 de route depuis La Défense, on perd une demi-journée. Je vote Chantilly.

---
De : Aïcha Benali
Chantilly aussi pour moi. Par contre il faudra vérifier qu'ils ont une salle pour 25 avec vidéoprojecteur, la dernière fois c'était la galère.

---
De : Hélène Vasseur
Noté. Je demande un devis détaillé à Chantilly avec la salle. Reste la question des dates : 13-14 ou 20-21 juin ? Le 20 il y a la clôture semestrielle pour la compta."""),
(1, "open_qa", "fr", "none", "none", None, """c'est quoi la différence entre la Sécu et la mutuelle ? je viens d'arriver en France et je comprends pas pourquoi il faut payer les deux"""),
(0, "classification", "fr", "after", "verse", None, """Il pleure dans mon cœur
Comme il pleut sur la ville ;
Quelle est cette langueur
Qui pénètre mon cœur ?

Ce poème, tu le rangerais dans quelle humeur : joyeux, triste, colérique, serein ? un seul mot"""),
(1, "general_qa", "fr", "none", "none", None, """Je voudrais faire le GR20 en Corse en septembre, je fais de la rando mais jamais plus de 2 jours d'affilée. C'est raisonnable ? Comment je me prépare physiquement sur 4 mois ?"""),
(1, "creative_writing", "fr", "none", "none", None, """Écris un poème de 3 strophes sur l'odeur du café chez ma grand-mère à Liège, un matin d'hiver. En vers libres, pas de rimes forcées."""),
(0, "summarization", "fr", "after", "transcript", None, """[Extrait du podcast « Terre et Terroirs », épisode 42]

ANIMATRICE : Alors Jean-Marc, vous êtes maraîcher en bio depuis quinze ans près d'Avignon. La sécheresse de l'été dernier, ça a changé quoi pour vous ?
JEAN-MARC : Beaucoup de choses. D'abord on a dû arrêter complètement les salades en juillet-août, ça montait en graine en trois jours. On a basculé sur des cultures qui supportent mieux la chaleur, les aubergines, les piments, un peu de gombo même, ce qui fait rire les clients au marché.
ANIMATRICE : Et l'eau ?
JEAN-MARC : L'eau, c'est le nerf de la guerre. On était soumis à des restrictions préfectorales, on ne pouvait arroser qu'entre 20 heures et 8 heures. Donc on a installé du goutte-à-goutte partout et du paillage. Ça a coûté cher, à peu près 11 000 euros, mais on a réduit la consommation d'un tiers à peu près.
ANIMATRICE : Vous êtes optimiste pour la suite ?
JEAN-MARC : Optimiste, je ne sais pas. Disons lucide. Je pense que dans dix ans on ne cultivera plus du tout la même chose ici. Il faut accepter de changer, sinon on disparaît.

Peux-tu résumer cet extrait en 4-5 lignes pour la description de l'épisode ?"""),
(0, "classification", "fr", "none", "none", None, """ok donc « Chouette, encore une réunion à 18 h un vendredi » c'est ironique ou sincère ?"""),
(1, "open_qa", "fr", "none", "none", None, """Pourquoi la Corse a un statut particulier par rapport aux autres régions ? C'est quoi la différence avec l'autonomie dont on parle en ce moment ?"""),
(1, "general_qa", "fr", "none", "none", None, """Comment organiser un repas de Noël pour 14 personnes avec un végétarien, une intolérante au gluten et deux enfants difficiles, sans y passer trois jours ?"""),
(0, "summarization", "fr", "before", "prose", "eu2-fr-p06", """Fais une fiche de lecture courte (intrigue + thèmes) à partir de ce résumé de chapitre que j'ai écrit :

Dans ce chapitre de Madame Bovary, Emma s'ennuie terriblement à Tostes. Charles est content de sa vie de médecin de campagne, mais elle trouve tout médiocre : la maison, les conversations, son mari lui-même. Elle se souvient des romans qu'elle lisait au couvent et rêve de Paris, de bals et de passion. Après le bal à la Vaubyessard, chez le marquis, l'écart entre ses rêves et sa réalité devient insupportable. Elle tombe malade de mélancolie et Charles décide de déménager à Yonville pour qu'elle aille mieux."""),
(1, "open_qa", "fr", "none", "none", "eu2-fr-p06", """Fais-moi une fiche sur les thèmes principaux de Madame Bovary et pourquoi on parle de « bovarysme », j'ai pas lu le livre"""),
(0, "classification", "fr", "after", "reviews", None, """Avis 1 : « Le médecin était pressé et ne m'a pas écouté. »
Avis 2 : « Secrétariat adorable, délais de rendez-vous corrects. »
Avis 3 : « Cabinet propre, mais 1 h de retard sur l'horaire. »
Avis 4 : « Enfin un généraliste qui prend le temps d'expliquer ! »

attribue une note de 1 à 5 étoiles à chaque avis d'après son contenu, format : Avis N : X"""),
(1, "creative_writing", "fr", "none", "none", None, """Écris un sketch de deux minutes entre un Parisien et un Marseillais qui se disputent sur la meilleure façon de faire la bouillabaisse. Dialogue uniquement."""),
(0, "summarization", "fr", "before", "prose", None, """Résume l'essentiel de cet article pour quelqu'un qui n'a pas le temps, 3 phrases max :

Depuis le 1er janvier, tous les ménages français doivent trier leurs biodéchets, c'est-à-dire les restes alimentaires et les déchets de cuisine, pour qu'ils soient valorisés plutôt que brûlés ou enfouis. Dans les faits, la mise en œuvre est très inégale. Certaines collectivités, comme Lorient ou Besançon, pratiquent la collecte séparée depuis des années et distribuent gratuitement des bioseaux et des sacs compostables. D'autres se contentent d'installer quelques composteurs collectifs en pied d'immeuble, souvent mal entretenus, ou proposent des composteurs individuels aux habitants disposant d'un jardin. Dans les grandes villes, le défi est logistique : à Paris, seuls quelques arrondissements sont équipés de bornes dédiées. Aucune sanction n'est prévue pour les particuliers qui ne trient pas, ce qui fait dire à plusieurs associations que la mesure restera symbolique tant que l'État ne financera pas davantage les équipements. Le ministère, lui, rappelle que les biodéchets représentent environ un tiers du contenu de nos poubelles."""),
(0, "classification", "fr", "before", "list", None, """Règle de notre classeur : « à vie = état civil, diplômes, jugements ; 5 ans = banque ; 1 an = factures d'énergie ». D'après cette règle, lesquels de ces documents vont dans la pochette « à vie » ? oui/non pour chacun :
- livret de famille
- facture d'électricité
- diplôme
- relevé de compte bancaire
- jugement de divorce"""),
(1, "general_qa", "fr", "none", "none", None, """combien de temps je dois garder mes fiches de paie et mes avis d'impôt ? et ça vaut le coup de tout scanner ?"""),
(1, "open_qa", "fr", "none", "none", None, """Qui était vraiment Jean Moulin et pourquoi il y a une rue à son nom dans presque toutes les villes ?"""),
(0, "summarization", "fr", "after", "mixed", "eu2-fr-p13", """FICHE ÉVÉNEMENT – Fête de quartier des Chartrons
Date : samedi 8 juin, 11 h – 23 h
Lieu : place du Marché, Bordeaux
Programme :
- 11 h : vide-grenier (inscriptions closes, 64 exposants)
- 13 h : pique-nique partagé, chacun apporte un plat
- 15 h : tournoi de pétanque (inscription sur place, 2 € par doublette)
- 17 h : atelier maquillage enfants
- 20 h 30 : concert du groupe Les Gabarres (swing manouche)
Notes orga : besoin de 6 bénévoles pour la buvette, Mathieu gère les barnums, prévoir plan B pluie dans le préau de l'école.

peux-tu condenser ça en un petit message de 3 lignes à poster dans le groupe Facebook du quartier ?"""),
(1, "creative_writing", "fr", "after", "mixed", "eu2-fr-p13", """FICHE ÉVÉNEMENT – Fête de quartier des Chartrons, samedi 8 juin, place du Marché. Vide-grenier, pique-nique partagé, tournoi de pétanque, maquillage enfants, concert swing manouche le soir.

Écris une affiche accrocheuse pour ça, avec un titre drôle et un petit texte qui donne envie aux voisins qui ne viennent jamais."""),
(0, "classification", "fr", "none", "none", None, """« Ik heb geen idee » : c'est du néerlandais, de l'allemand ou du danois ?"""),
(1, "general_qa", "fr", "none", "none", None, """c'est quoi le mieux pour apprendre le néerlandais vite ? je déménage à Gand en septembre pour le boulot"""),
(0, "classification", "fr", "after", "code", "eu2-fr-p12", """def est_bissextile(annee):
    return annee % 4 == 0 and (annee % 100 != 0 or annee % 400 == 0)

Ce code est-il en Python, en JavaScript ou en Ruby ? juste le nom du langage"""),
(1, "open_qa", "fr", "none", "none", "eu2-fr-p12", """pourquoi l'an 2000 était bissextile mais pas 1900 ? ça vient d'où cette règle des 400 ans"""),
(0, "summarization", "fr", "before", "prose", None, """Synthétise cet avis du médecin du travail en 3 points pour mon manager, sans détails médicaux :

Suite à la visite de reprise du 4 mars, le salarié est déclaré apte à la reprise de son poste de préparateur de commandes, avec les aménagements suivants pour une durée de trois mois : pas de port de charges supérieures à 10 kg, alternance des postures toutes les deux heures, et temps partiel thérapeutique à 60 % (matinées uniquement). Une nouvelle visite sera programmée début juin afin de réévaluer ces restrictions. L'employeur est invité à contacter le service de santé au travail en cas de difficulté de mise en œuvre."""),
(1, "creative_writing", "fr", "none", "none", None, """une blague courte sur les Belges et les frites, mais gentille, c'est pour mon collègue de Namur qui adore ça"""),
(0, "classification", "fr", "before", "prose", None, """Est-ce que ce texte relève d'une lettre de réclamation, d'une lettre de motivation ou d'une lettre de résiliation ? Un seul mot.

Madame, Monsieur, par la présente, je vous informe de ma volonté de mettre fin à mon abonnement à la salle de sport FitCity (contrat n° 40912), conformément à l'article 8 des conditions générales. Je vous remercie de bien vouloir m'adresser une confirmation écrite."""),
(1, "open_qa", "fr", "none", "none", None, """Une salle de sport peut-elle refuser ma résiliation si je déménage à 300 km ? j'ai un contrat d'un an signé il y a 4 mois"""),
(1, "general_qa", "fr", "none", "none", None, """J'hésite entre une Zoé d'occasion et une Clio essence neuve. Je fais 40 km par jour, pas de borne chez moi, je suis en appart à Rouen. Tu me conseilles quoi ?"""),
(0, "summarization", "fr", "after", "prose", "eu2-fr-p07", """Comme chaque année, la Ville de Strasbourg renouvelle son opération « Un arbre pour chaque naissance ». Les familles dont l'enfant est né en 2023 peuvent s'inscrire jusqu'au 15 novembre sur le site de la ville. Les plantations auront lieu le samedi 30 novembre au parc du Heyritz, en présence des familles qui le souhaitent. Chaque arbre portera une petite plaque avec le prénom de l'enfant. L'an dernier, 412 arbres avaient été plantés, principalement des érables champêtres, des tilleuls et des charmes, choisis pour leur résistance à la chaleur. La municipalité rappelle que l'opération s'inscrit dans son plan Canopée, qui vise à planter 10 000 arbres d'ici 2030.

Mets ça en 2 lignes pour la newsletter de la crèche."""),
(1, "creative_writing", "fr", "none", "none", "eu2-fr-p07", """Écris 2 lignes pour la newsletter de la crèche qui donnent envie aux parents de planter un arbre pour la naissance de leur enfant, ton chaleureux."""),
(0, "classification", "fr", "before", "list", None, """Ces phrases sont-elles au passé simple, à l'imparfait ou au passé composé ?
a) Il marchait sous la pluie.
b) Elle ouvrit la porte.
c) Nous avons mangé tard.
d) Ils furent surpris.
e) Tu lisais souvent le soir."""),
(1, "open_qa", "fr", "none", "none", None, """pourquoi on n'utilise plus le passé simple à l'oral en France, mais encore dans les romans ?"""),
(0, "summarization", "fr", "after", "chat", None, """Client : Bonjour, j'ai été prélevé deux fois pour mon abonnement de février
Conseiller (Léo) : Bonjour, je suis désolé pour ce désagrément. Pouvez-vous me donner votre numéro client ?
Client : 7730219
Conseiller (Léo) : Merci. En effet, je vois deux prélèvements de 29,99 € le 5 février. Il s'agit d'une erreur de notre système de facturation suite à une mise à jour.
Client : Ok et je suis remboursé quand ?
Conseiller (Léo) : Le remboursement sera effectué sous 5 à 7 jours ouvrés sur votre compte. Je vous ajoute aussi un geste commercial de 10 € sur la prochaine facture.
Client : Bon, d'accord. Merci.
Conseiller (Léo) : Je vous en prie, bonne journée !

Résumé du ticket en une phrase pour le CRM svp"""),
(1, "creative_writing", "fr", "none", "none", None, """Écris un poème d'amour en alexandrins, mais pour ma plante verte qui survit malgré moi depuis 6 ans"""),
(1, "general_qa", "fr", "none", "none", None, """Mon voisin du dessus fait du bruit tous les soirs jusqu'à 1 h du matin (musique, talons). J'ai déjà frappé à sa porte une fois, rien n'a changé. Quelles sont les étapes, dans l'ordre, avant d'en arriver à la police ou au tribunal ?"""),
(0, "classification", "fr", "inline", "chat", None, """Tu es un assistant de tri pour une mairie. Réponds par le service compétent : ÉTAT CIVIL, URBANISME, VOIRIE, ÉCOLES.

Message de l'usager : « Bonjour, je voudrais savoir s'il faut une déclaration préalable pour construire un abri de jardin de 12 m² au fond de ma parcelle. Merci. »"""),
(0, "summarization", "fr", "before", "prose", "eu2-fr-p11", """Résume ce long message de ma belle-mère en deux phrases, je dois lui répondre ce soir et je veux être sûr d'avoir compris ce qu'elle attend :

Mon petit Julien, je t'écris parce qu'au téléphone on n'arrive jamais à se parler tranquillement avec les enfants qui crient derrière. Voilà, avec ton beau-père on a réfléchi pour cet été. Tu sais que la maison de l'île de Ré on la loue d'habitude en juillet, mais cette année la location ne s'est pas faite, les gens ont annulé. Alors on s'est dit que ce serait l'occasion de vous avoir tous les quatre, au moins deux semaines, pourquoi pas les deux premières de juillet. Bien sûr je sais que vous aviez parlé de la Grèce avec Claire, je ne veux pas vous forcer la main. Mais les petits n'ont pas vu leurs cousins depuis Pâques de l'an dernier, et Michel ne rajeunit pas, tu sais, avec son dos. Réfléchissez et dites-nous avant la fin du mois, parce que sinon on la remettra en location. Je t'embrasse fort, Mamie Jo."""),
(1, "creative_writing", "fr", "none", "none", "eu2-fr-p11", """Aide-moi à écrire une réponse gentille à ma belle-mère pour lui dire qu'on ne viendra que une semaine à l'île de Ré cet été au lieu de deux, parce qu'on part en Grèce. Sans la vexer."""),
(0, "classification", "fr", "none", "none", None, """« Le chat dort sur le canapé. » langue : français, ok, mais c'est une phrase déclarative, interrogative ou exclamative ?"""),
(1, "open_qa", "fr", "none", "none", None, """Pourquoi Paris est divisée en arrondissements en escargot ? C'est Haussmann qui a fait ça ?"""),
(1, "general_qa", "fr", "none", "none", None, """Je lance ma micro-entreprise de graphiste freelance. Comment je fixe mes tarifs pour un logo, une charte graphique et un site vitrine ? Je suis à Montpellier, 2 ans d'expérience en agence."""),
(0, "summarization", "fr", "none", "none", None, """résumé court de l'épisode 1 de la série Lupin sur Netflix stp"""),
(1, "open_qa", "fr", "after", "prose", "eu2-fr-p09", """« Le contrat est conclu pour une durée de douze mois, renouvelable par tacite reconduction. Toute résiliation anticipée donnera lieu au paiement de l'intégralité des mensualités restantes. »

C'est légal une clause comme ça dans un contrat d'abonnement pour un particulier ? La loi Chatel ou la loi Hamon ne disent pas quelque chose là-dessus ?"""),
(0, "classification", "fr", "after", "prose", "eu2-fr-p09", """« Le contrat est conclu pour une durée de douze mois, renouvelable par tacite reconduction. Toute résiliation anticipée donnera lieu au paiement de l'intégralité des mensualités restantes. »

Range cette clause dans une des rubriques du contrat : Durée et résiliation, Prix et paiement, Données personnelles, Responsabilité. Une rubrique seulement."""),
(0, "summarization", "fr", "before", "prose", None, """Voici le rapport de stage que j'ai rendu. Il faut un résumé de 150 mots maximum en début de document, tu peux le faire à partir du texte ?

Introduction
J'ai effectué mon stage de deuxième année de BTS Gestion de la PME du 8 janvier au 1er mars au sein de la société Menuiseries Perrin, une entreprise familiale de 23 salariés implantée à Bourg-en-Bresse et spécialisée dans la fabrication et la pose de fenêtres en bois et en aluminium.

Missions
J'ai été rattachée à l'assistante de direction, Mme Duval. Ma mission principale consistait à mettre à jour le fichier clients, qui n'avait pas été nettoyé depuis 2017 : j'ai supprimé environ 600 doublons, complété les adresses e-mail manquantes et ajouté un champ « dernier chantier ». J'ai aussi participé à la préparation des devis, en saisissant les métrés envoyés par les poseurs dans le logiciel de chiffrage, et j'ai relancé les factures impayées de plus de 60 jours, ce qui a permis de récupérer près de 18 000 €.

Difficultés
La principale difficulté a été l'utilisation du logiciel de chiffrage, très ancien et sans documentation. J'ai fini par rédiger un petit guide de quatre pages pour les futurs stagiaires. J'ai aussi dû apprendre à relancer des clients au téléphone, ce qui me mettait mal à l'aise au début.

Bilan
Ce stage m'a permis de découvrir concrètement le fonctionnement administratif d'une PME industrielle et de gagner en autonomie. Il a confirmé mon envie de poursuivre en licence professionnelle en gestion des ressources humaines, car j'ai beaucoup apprécié les échanges avec les équipes de pose et d'atelier."""),
(1, "general_qa", "fr", "none", "none", None, """Je suis en BTS GPME et j'hésite pour la suite entre une licence pro RH en alternance et une école de commerce post-bac+2. Comment choisir ? Je veux pas m'endetter."""),
(0, "classification", "fr", "before", "list", None, """Place chaque ville dans son pays : Namur, Lausanne, Liège, Genève, Lyon, Fribourg, Charleroi, Nancy
(France, Belgique, Suisse)"""),
(1, "creative_writing", "fr", "none", "none", None, """écris-moi un message d'absence automatique pour mes congés (du 5 au 23 août), pro mais avec une petite touche d'humour"""),
(0, "summarization", "fr", "after", "prose", None, """Article 1 – Objet. La présente charte fixe les règles d'utilisation des outils numériques mis à disposition des salariés de l'association Horizon Solidaire.
Article 2 – Messagerie. La messagerie professionnelle est réservée à un usage professionnel ; un usage personnel ponctuel et raisonnable est toléré. Les messages personnels doivent porter la mention « PRIVÉ » dans l'objet.
Article 3 – Droit à la déconnexion. Aucun salarié n'est tenu de répondre aux messages envoyés entre 20 h et 8 h, ni le week-end. Les managers s'engagent à différer l'envoi de leurs messages hors de ces plages.
Article 4 – Mots de passe. Les mots de passe doivent comporter au moins 12 caractères et être changés tous les six mois. Ils ne doivent jamais être communiqués, y compris à un collègue.
Article 5 – Télétravail. Le matériel fourni reste la propriété de l'association et doit être restitué en cas de départ.

Tu peux résumer cette charte en 5 puces simples pour l'affichage en salle de pause ?"""),
(1, "general_qa", "fr", "none", "none", None, """Mon manager m'envoie des messages le dimanche soir et s'étonne si je ne réponds pas. Comment aborder le droit à la déconnexion avec lui sans créer de conflit ?"""),
(1, "open_qa", "fr", "none", "none", None, """Le droit à la déconnexion c'est vraiment une loi en France ? Depuis quand et qu'est-ce qu'elle oblige l'employeur à faire concrètement ?"""),
(0, "classification", "fr", "none", "none", None, """spam ou pas : « Félicitations ! Vous avez été sélectionné pour recevoir un iPhone 15. Confirmez vos coordonnées bancaires. »"""),
(1, "creative_writing", "fr", "none", "none", None, """Rédige une petite annonce pour vendre mon vélo de course (Décathlon Triban RC 520, 2021, taille M, 3 500 km) sur leboncoin. Honnête, donne envie."""),
]
