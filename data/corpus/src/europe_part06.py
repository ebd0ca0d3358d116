# writer europe, part 06. Each item written by hand.
ITEMS = [
(0, "summarization", "fr", "before", "prose", "EU-fr-p01", """Tu peux me résumer cet article en trois phrases ? Je veux le partager sur le groupe du boulot.

Les syndicats de cheminots appellent à une grève reconductible à partir de jeudi, au moment des départs en vacances de février. La SNCF prévoit en moyenne un TGV sur deux sur les axes Sud-Est et Atlantique, et seulement un TER sur trois dans plusieurs régions, dont l'Occitanie et les Hauts-de-France. Les trains Intercités de nuit sont supprimés jusqu'à nouvel ordre. Les voyageurs dont le train est annulé peuvent échanger ou se faire rembourser leur billet sans frais, y compris pour les billets non échangeables. Au cœur du conflit : les salaires, jugés insuffisants face à l'inflation, et la réorganisation du travail des contrôleurs, qui devraient désormais couvrir davantage de trains avec des effectifs réduits. La direction affirme avoir déjà consenti une hausse de 4,5 % en deux ans et appelle à la reprise du dialogue. Le ministre des Transports a dénoncé une grève « qui prend les vacanciers en otage », tandis que les syndicats répondent que c'est la direction qui a refusé toute négociation depuis décembre."""),
(1, "open_qa", "fr", "none", "none", "EU-fr-p01", """en résumé, pourquoi les cheminots font grève aussi souvent en France ? c'est vraiment pire qu'ailleurs ?"""),
(0, "classification", "fr", "after", "reviews", None, """1. « Meilleure baguette tradition du quartier, et la boulangère est adorable. »
2. « Croissants secs et chers, 1,60 € pièce, non merci. »
3. « Correct. »
4. « Les flans sont incroyables mais il y a toujours 20 minutes de queue le dimanche. »
5. « Pain rassis vendu comme du jour, je ne reviendrai pas. »

classe chaque avis : positif, négatif, neutre ou mitigé"""),
(1, "creative_writing", "fr", "none", "none", None, """écris-moi un petit poème sur le mistral en Provence, qui fasse sentir le vent dans les volets"""),
(1, "general_qa", "fr", "none", "none", None, """On part trois jours à Lyon pendant les vacances de la Toussaint avec nos deux ados (14 et 16 ans) qui trouvent que les musées c'est « chiant ». Qu'est-ce qu'on peut faire qui leur plaise aussi ? Et où manger un vrai bouchon pas trop touristique ?"""),
(0, "classification", "fr", "before", "email", None, """Arnaque ou vrai message ? Réponds juste par un mot.

« Assurance Maladie : après vérification de vos informations, un remboursement de 148,20 € est en attente. Pour le recevoir, veuillez mettre à jour vos coordonnées bancaires sous 48h : ameli-remboursement-sante.fr » """),
(1, "open_qa", "fr", "none", "none", None, """c'est quoi la différence entre un CDD et l'intérim ? pour le chômage c'est pareil ?"""),
(0, "summarization", "fr", "after", "chat", "EU-fr-p02", """[Parents CE2 – École Jean Moulin]
Maman de Léa : Vous avez vu le mot ? Grève des enseignants mardi, l'école sera fermée pour les classes dont l'enseignant est gréviste
Papa de Noah : Et la maîtresse de CE2 fait grève ?
Maman de Léa : Oui, Mme Girard est gréviste. La mairie organise un service minimum d'accueil mais seulement à la salle polyvalente, de 8h30 à 16h30
Maman d'Inès : Et la cantine ?
Maman de Léa : Pas de cantine, il faut un pique-nique
Papa de Noah : Je peux prendre Noah et un ou deux autres le matin, je suis en télétravail
Maman d'Inès : Super, Inès peut venir ? Je la récupère à 13h
Papa de Noah : Ok pour Inès
Maman de Sacha : Il faut s'inscrire au service minimum avant quand ?
Maman de Léa : Avant vendredi midi sur le portail famille
Maman de Sacha : Merci ! Et la sortie au musée de jeudi est maintenue ?
Maman de Léa : Oui, maintenue, il manque encore un parent accompagnateur

J'ai 60 messages de retard, tu me fais un résumé rapide ?"""),
(1, "general_qa", "fr", "after", "chat", "EU-fr-p02", """[Parents CE2 – École Jean Moulin]
Maman de Léa : Grève des enseignants mardi, l'école sera fermée pour les classes dont l'enseignant est gréviste
Maman de Léa : La mairie organise un service minimum d'accueil à la salle polyvalente, de 8h30 à 16h30, pas de cantine
Papa de Noah : Je peux prendre Noah et un ou deux autres le matin, je suis en télétravail
Maman d'Inès : Super, Inès peut venir ? Je la récupère à 13h

Je suis la maman de Sacha, je suis infirmière et je travaille de 7h à 19h mardi, mon conjoint est en déplacement. Mon fils a 8 ans et il est très anxieux avec les inconnus, donc le service minimum dans une salle qu'il ne connaît pas, ça risque d'être compliqué. Comment je m'organise ? Est-ce que c'est gênant de demander au papa de Noah de le prendre toute la journée ? Comment je le formule ?"""),
(0, "classification", "fr", "before", "list", None, """lesquelles sont des régions ? Bretagne, Lille, Occitanie, Marseille, Normandie, Grand Est"""),
(1, "creative_writing", "fr", "none", "none", None, """Ma collègue Martine part à la retraite après 32 ans à la compta. Elle a un cactus sur son bureau depuis 1998, elle râle contre l'imprimante tous les matins et elle apporte des madeleines le vendredi. Tu m'écris un petit discours pour son pot de départ ? Drôle et touchant, 3 minutes max."""),
(0, "summarization", "fr", "before", "transcript", None, """Fais-moi un compte rendu de cette réunion : décisions, actions avec responsable et échéance, points en suspens. Court et pro.

Transcription – Point hebdo équipe Produit, lundi 10h

Camille (Head of Product) : Bon, on est au complet sauf Hugo qui est chez le client à Nantes. On a trois sujets : la roadmap du Q2, le bug de synchronisation sur l'appli mobile et l'onboarding des deux nouveaux devs.
Camille : On commence par le bug, c'est le plus urgent. Yanis ?
Yanis (dev mobile) : Alors, depuis la release 3.8, environ 4 % des utilisateurs Android perdent leurs brouillons quand l'appli passe en arrière-plan. Ça vient du nouveau système de cache, on écrase les données locales avant que la synchro serveur soit confirmée. J'ai un fix, mais je veux écrire des tests avant de le pousser, sinon ça va revenir.
Camille : Combien de temps ?
Yanis : Deux jours pour le fix et les tests, mercredi soir au plus tard.
Léa (support) : De mon côté on a 230 tickets là-dessus, les gens sont furieux, certains ont perdu des notes de plusieurs semaines. Est-ce qu'on peut au moins récupérer les données ?
Yanis : Pour ceux qui ont la synchro activée, oui, côté serveur on a une copie. Pour les autres, non.
Camille : Ok. Léa, tu prépares un message pour les utilisateurs concernés, avec la procédure de récupération, et tu me le fais valider avant d'envoyer. Yanis, fix pour mercredi, et on fait une release hotfix jeudi matin.
Léa : Ça marche, je t'envoie le texte demain midi.
Camille : Deuxième sujet, la roadmap Q2. On avait prévu le mode hors-ligne complet et l'intégration avec Google Calendar. Vu le bug, je propose de repousser le mode hors-ligne au Q3 et de garder Calendar.
Thomas (dev back) : Je suis d'accord, mais attention, l'intégration Calendar dépend de la nouvelle API d'authentification, qui n'est pas finie. Il me faut encore trois semaines.
Camille : Donc Calendar ne sortira pas avant fin mai. C'est acceptable. Thomas, tu peux mettre à jour le planning dans Notion d'ici vendredi ?
Thomas : Oui.
Sofia (design) : Pour Calendar j'ai déjà les maquettes, mais personne ne les a regardées. J'ai besoin d'un retour avant jeudi.
Camille : Pardon Sofia, je les regarde ce soir. Tout le monde y jette un œil avant jeudi, s'il vous plaît.
Camille : Dernier point, l'onboarding. Les deux nouveaux arrivent le 2. Il faut leur préparer un accès aux repos, une machine et un parrain chacun.
Thomas : Je veux bien parrainer celui qui fait du back.
Yanis : Et moi le mobile, mais pas avant la semaine d'après, avec le hotfix.
Camille : Ok, Yanis, ton filleul commence avec la doc la première semaine. Qui s'occupe des accès ?
Thomas : L'IT, mais il faut leur envoyer la demande une semaine avant. Je m'en occupe aujourd'hui.
Camille : Parfait. On a aussi le sujet de la CI qui est trop lente, mais on le garde pour la rétro. Merci à tous."""),
(1, "open_qa", "fr", "after", "code", None, """class Minuteur {
  constructor() { this.secondes = 0; }
  demarrer() {
    setInterval(function () {
      this.secondes++;
      console.log(this.secondes);
    }, 1000);
  }
}
new Minuteur().demarrer();

Ça m'affiche NaN toutes les secondes. Pourquoi this.secondes ne marche pas dans le setInterval ? Et pourquoi on me dit que ça marcherait avec une fonction fléchée ?"""),
(0, "classification", "fr", "inline", "chat", None, """[SYSTÈME] Tu es l'assistant de tri des demandes d'un assureur habitation. Catégories possibles : SINISTRE, DEVIS, RÉSILIATION, ATTESTATION, AUTRE. Réponds uniquement par la catégorie, en majuscules.
[CLIENT] Bonjour, mon propriétaire me demande une attestation d'assurance pour le renouvellement du bail, vous pouvez me l'envoyer par mail ?
[ASSISTANT]"""),
(1, "general_qa", "fr", "none", "none", None, """comment réviser le bac de philo en 3 semaines quand on n'a rien fait de l'année ? sérieux"""),
(0, "summarization", "fr", "none", "none", "EU-fr-p03", """résumé de L'Étranger de Camus, en quelques lignes"""),
(1, "open_qa", "fr", "none", "none", "EU-fr-p03", """pourquoi Meursault ne pleure pas à l'enterrement de sa mère dans L'Étranger, et qu'est-ce que Camus veut dire avec ça ?"""),
(0, "classification", "fr", "after", "prose", None, """« Le gouvernement a annoncé une revalorisation de 4,6 % des retraites de base au 1er janvier, conformément à l'inflation. »

Quelle rubrique : politique, économie, sport, culture ou faits divers ? Un seul mot."""),
(1, "creative_writing", "fr", "none", "none", None, """trouve-moi 10 noms pour une crêperie à Rennes, pas trop clichés"""),
(1, "open_qa", "fr", "none", "none", None, """Comment marche le prélèvement à la source quand on change de boulot en cours d'année et qu'on a eu deux mois sans salaire ? Je risque de payer trop ?"""),
(0, "summarization", "fr", "after", "email", None, """Objet : Nouveaux avantages salariés à partir du 1er avril

Bonjour à toutes et à tous,

Suite aux négociations annuelles obligatoires, nous avons le plaisir de vous annoncer plusieurs évolutions qui entreront en vigueur à partir du 1er avril. La valeur faciale des titres-restaurant passe de 9 € à 11 €, avec une prise en charge employeur maintenue à 60 %. Le forfait mobilités durables est mis en place : les salariés qui viennent au travail à vélo, en trottinette ou en covoiturage au moins 60 jours par an pourront bénéficier d'une indemnité de 400 € par an, sur présentation d'une attestation sur l'honneur. La prise en charge de l'abonnement de transports en commun reste à 50 %. Par ailleurs, la mutuelle d'entreprise intègre désormais le remboursement des séances de psychologue à hauteur de 60 € par séance, dans la limite de dix séances par an. Enfin, une journée de congé supplémentaire est accordée pour le déménagement, sur justificatif.

Pour toute question, l'équipe RH reste à votre disposition.

Bien cordialement,
Direction des Ressources Humaines

ça change quoi concrètement pour moi ? en 4 points"""),
(1, "general_qa", "fr", "none", "none", None, """J'ai 28 ans, 15 000 € sur mon Livret A et je ne touche à rien. Assurance-vie, PEA ou je laisse comme ça ? J'aimerais acheter un appart dans 5 ans environ."""),
(0, "classification", "fr", "before", "list", None, """lesquels ne sont PAS des fromages : comté, reblochon, cassoulet, brie, tartiflette, roquefort"""),
(1, "creative_writing", "fr", "before", "none", None, """Écris une nouvelle policière courte avec ces contraintes :
- ça se passe à Marseille, dans le quartier du Panier, un soir de canicule en août
- l'enquêtrice est une commandante de police de 58 ans, à six mois de la retraite, qui déteste le pastis
- la victime est un vendeur de savons artisanaux retrouvé dans sa boutique, la porte fermée de l'intérieur
- trois suspects : sa sœur, un promoteur immobilier et un joueur de pétanque du quartier
- maximum 1 200 mots
- dialogues vivants avec un peu d'accent marseillais (sans caricature)
- la solution doit être logique et trouvable par le lecteur avec les indices donnés
- pas de violence gratuite, pas de scène gore
- titre en haut
C'est pour le concours de nouvelles de la médiathèque, thème « chaleur »."""),
(0, "summarization", "fr", "before", "reviews", None, """Résume les points forts et les points faibles qui ressortent de ces avis Google sur notre garage, pour la réunion avec mon associé :

- « Diagnostic rapide et honnête, ils m'ont dit que la réparation n'était pas nécessaire alors qu'un autre garage voulait me changer l'embrayage. »
- « Prix corrects, mais la voiture n'était pas prête à l'heure annoncée, j'ai attendu 2h. »
- « Accueil chaleureux, café offert, mécanicien qui explique bien. »
- « Impossible de les joindre par téléphone, ça sonne dans le vide. »
- « Travail soigné sur la distribution. Par contre la facture finale était 120 € au-dessus du devis, sans prévenir. »
- « Parking devant le garage trop petit, on se gare n'importe où. »
- « Je viens depuis 10 ans, toujours satisfaite. Dommage qu'ils ne fassent pas de véhicule de prêt. » """),
(1, "general_qa", "fr", "before", "notes", None, """J'ai un dégât des eaux dans ma salle de bain depuis trois mois : une tache d'humidité au plafond qui grandit, qui vient de l'appartement du dessus. Le voisin du dessus dit que ce n'est pas chez lui, le syndic dit que c'est « entre voisins », mon assurance m'a demandé un constat amiable que le voisin refuse de signer. Entre-temps, la peinture s'écaille et il commence à y avoir des moisissures. Je suis locataire, le propriétaire habite à Bordeaux et répond une fois sur deux. Je suis à Nantes.

Qu'est-ce que je peux faire concrètement ? Qui doit faire quoi entre moi, le proprio, le voisin, le syndic et les assurances ? Est-ce que je peux faire venir quelqu'un moi-même pour chercher la fuite ?"""),
(1, "open_qa", "fr", "none", "none", None, """pourquoi les Français font la bise, et pourquoi le nombre de bises change selon les régions ?"""),
(0, "classification", "fr", "after", "prose", None, """« Bonjour, j'ai commandé un pull en taille S mais il est trop petit, je peux l'échanger contre un M ? »

intention : retour, échange, réclamation ou suivi de commande ?"""),
(0, "classification", "fr", "before", "list", None, """trouve l'intrus : Loire, Seine, Rhône, Léman, Garonne"""),
(1, "creative_writing", "fr", "none", "none", None, """une comptine pour apprendre les jours de la semaine aux petits de maternelle, qui rime"""),
(1, "general_qa", "fr", "none", "none", None, """Ma nouvelle manager me met en copie de tous ses mails, même ceux qui ne me concernent pas, et me demande un reporting quotidien. Je me sens fliquée. Comment lui en parler sans passer pour quelqu'un qui refuse d'être encadrée ?"""),
(0, "summarization", "fr", "before", "notes", None, """mets mes notes au propre en un paragraphe clair, pour mon contrôle d'histoire :

révolution française. causes : crise financière (dettes guerre d'indépendance américaine), inégalités 3 ordres (clergé, noblesse, tiers état qui paie les impôts), idées des lumières, mauvaises récoltes 1788 -> prix du pain. 5 mai 1789 états généraux, 17 juin tiers état se proclame assemblée nationale, serment du jeu de paume 20 juin. 14 juillet prise de la bastille. 4 août abolition privilèges. 26 août DDHC. 1791 fuite à varennes, monarchie constitutionnelle. 1792 république, 1793 exécution louis XVI, terreur (robespierre) jusqu'à 1794. 1799 coup d'état de bonaparte = fin."""),
(1, "open_qa", "fr", "none", "none", None, """pourquoi la Belgique a trois langues officielles alors que c'est un petit pays ?"""),
(0, "summarization", "fr", "after", "story", None, """Madame Ferrand tenait la mercerie de la rue des Tanneurs depuis 1974, et depuis 1974 elle rangeait les bobines de fil par couleur, du blanc au noir, en passant par tous les bleus. Il y en avait quatre cent douze. Elle le savait parce qu'elle les comptait chaque premier lundi du mois, comme sa mère avant elle. Les clientes étaient devenues rares : quelques couturières à la retraite, une costumière du théâtre municipal, et de temps en temps une jeune femme qui voulait « apprendre à coudre comme sur Instagram » et qui repartait avec une aiguille et beaucoup d'espoir.

En septembre, un promoteur vint lui proposer de racheter le bail. Il voulait faire de la rue des Tanneurs « un pôle de restauration rapide de qualité ». Il parlait vite, avec des mots qu'elle ne comprenait pas, et lui laissa une carte de visite et un chèque de réservation qu'elle posa sous la boîte à boutons. Elle avait soixante-dix-neuf ans. Son fils, qui vivait à Lyon, lui dit au téléphone que c'était inespéré, qu'elle pourrait enfin se reposer.

Le lendemain, Inès entra dans la boutique. Elle avait seize ans, un piercing au sourcil et une robe de mariée sur le bras, enveloppée dans un sac poubelle. « C'était celle de ma grand-mère, dit-elle. Je veux la transformer pour mon bal de fin d'année. On m'a dit que vous saviez faire. » Madame Ferrand regarda la dentelle jaunie, les boutons de nacre, les coutures faites main. « Je ne fais pas, dit-elle. Je vends du fil. » Inès ne bougea pas. « Alors apprenez-moi. »

Elles travaillèrent tous les mercredis après-midi et tous les samedis pendant deux mois, au fond de la boutique, sous la lampe verte. Madame Ferrand montrait, Inès piquait, défaisait, recommençait, jurait parfois, puis s'excusait. D'autres adolescentes vinrent voir, une, puis trois, puis sept, avec des jeans à reprendre, des vestes de leurs pères, un rideau qui voulait devenir une jupe. La boutique, pour la première fois depuis des années, sentait le café et le bruit.

Le soir du bal, Inès envoya une photo. La robe était méconnaissable et pourtant c'était la même : plus courte, plus légère, avec un ruban bleu pétrole que Madame Ferrand avait choisi parmi ses quatre cent douze bobines, après une longue hésitation entre deux nuances.

Le promoteur rappela fin novembre. Madame Ferrand lui répondit qu'elle avait besoin de sa boutique pour ses cours du mercredi. Il ne comprit pas. Elle lui renvoya son chèque, qu'elle avait retrouvé sous la boîte à boutons, un peu taché de craie de tailleur.

Tu peux me résumer cette nouvelle en 100 mots maximum ? C'est pour la fiche de lecture de ma fille en 4e."""),
]
