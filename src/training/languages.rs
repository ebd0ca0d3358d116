//! The router's asks in Spanish, German, French and Portuguese, written in the repo (no
//! translation model): summaries and labels (fast path), creative work and open questions (slow
//! path), over texts in the same language or pasted English ones. The base encoder is English;
//! these teach it the few words that carry the ask in each language.

use rand::seq::IndexedRandom;
use rand::Rng;

/// One language's phrases. `{x}` in creative asks and questions is a subject; `{t}` in judge
/// asks is a short text.
struct Phrases {
    condense: &'static [&'static str],
    judge: &'static [&'static str],
    short_texts: &'static [&'static str],
    passages: &'static [&'static str],
    creative: &'static [&'static str],
    questions: &'static [&'static str],
    subjects: &'static [&'static str],
}

const SPANISH: Phrases = Phrases {
    condense: &[
        "Resume este texto",
        "resúmelo en dos frases por favor",
        "¿Cuál es la idea principal?",
        "Hazme un resumen corto de esto",
        "Dame los puntos clave",
        "En pocas palabras, ¿de qué trata?",
        "Condensa esto en una línea",
        "Necesito un resumen para el equipo",
    ],
    judge: &[
        "¿Esta reseña es positiva o negativa? {t}",
        "Clasifica este mensaje como queja, pregunta o elogio: {t}",
        "¿Es spam o no? {t}",
        "Etiqueta el tono de este comentario: {t}",
        "¿De qué tema habla este titular: deportes, política o economía? {t}",
    ],
    short_texts: &[
        "El pedido llegó roto y nadie contesta el teléfono.",
        "¡Me encanta este restaurante, volveremos seguro!",
        "¿A qué hora cierra la farmacia?",
        "GANA un viaje GRATIS, haz clic aquí",
        "El Real Madrid gana la final en la prórroga",
        "El servicio fue lento pero la comida estaba rica.",
    ],
    passages: &[
        "El ayuntamiento aprobó ayer un plan para ampliar los carriles bici del centro. Las obras empezarán en marzo y durarán seis meses. Los comerciantes temen perder clientes durante la construcción, pero el alcalde asegura que habrá ayudas.",
        "Querida Ana: te escribo desde la playa. Hace un calor terrible y los niños no quieren salir del agua. Ayer comimos paella en el puerto y pensamos mucho en ti. Volvemos el domingo.",
        "La reunión de hoy se centró en el presupuesto del próximo año. Se acordó reducir los gastos de viaje y contratar a dos personas para soporte. La próxima reunión será el jueves.",
    ],
    creative: &[
        "Escribe un poema sobre {x}",
        "escribe un cuento corto sobre {x}",
        "Inventa un eslogan para {x}",
        "Escribe una canción sobre {x}",
        "Redacta un correo divertido a mis compañeros sobre {x}",
        "Dame una lista de diez nombres creativos para {x}",
    ],
    questions: &[
        "¿Qué opinas sobre {x}?",
        "explícame cómo funciona {x}",
        "¿Por qué la gente se interesa tanto por {x}?",
        "¿Qué consejos me darías sobre {x}?",
        "Cuéntame la historia de {x}",
    ],
    subjects: &["el mar de noche", "mi perro", "una panadería pequeña", "el cambio climático", "la amistad", "un viaje a Japón"],
};

const GERMAN: Phrases = Phrases {
    condense: &[
        "Fasse diesen Text zusammen",
        "kannst du das in zwei Sätzen zusammenfassen?",
        "Was ist die Kernaussage?",
        "Gib mir eine kurze Zusammenfassung",
        "Nenne mir die wichtigsten Punkte",
        "Worum geht es hier, kurz gesagt?",
        "Kürze das auf eine Zeile",
        "Bitte eine Zusammenfassung fürs Team",
    ],
    judge: &[
        "Ist diese Bewertung positiv oder negativ? {t}",
        "Ordne diese Nachricht ein: Beschwerde, Frage oder Lob? {t}",
        "Spam oder kein Spam: {t}",
        "Welche Stimmung hat dieser Kommentar? {t}",
        "Geht es in dieser Schlagzeile um Sport, Politik oder Wirtschaft? {t}",
    ],
    short_texts: &[
        "Die Lieferung kam kaputt an und der Support antwortet nicht.",
        "Tolles Hotel, super freundliches Personal!",
        "Wann fährt der nächste Zug nach Berlin?",
        "Sie haben GEWONNEN! Jetzt klicken und Preis sichern",
        "Bundestag beschließt neues Klimagesetz",
        "Das Essen war gut, aber viel zu teuer.",
    ],
    passages: &[
        "Die Stadt will im kommenden Jahr drei neue Radwege bauen. Die Kosten liegen bei rund zwei Millionen Euro. Anwohner kritisieren, dass dafür Parkplätze wegfallen, während Radfahrer den Plan begrüßen.",
        "Liebes Tagebuch, heute war ein anstrengender Tag. Im Büro gab es Streit wegen des Projekts, und abends hat es geregnet. Trotzdem habe ich endlich mit dem Laufen angefangen.",
        "Im Meeting wurde beschlossen, den Produktstart auf Juni zu verschieben. Das Marketing braucht mehr Zeit für die Kampagne. Offen ist noch, wer die Schulungen übernimmt.",
    ],
    creative: &[
        "Schreibe ein Gedicht über {x}",
        "schreib eine kurze Geschichte über {x}",
        "Denk dir einen Werbespruch für {x} aus",
        "Schreibe ein Lied über {x}",
        "Verfasse eine lustige E-Mail an das Team über {x}",
        "Gib mir eine Liste mit zehn kreativen Namen für {x}",
    ],
    questions: &[
        "Was hältst du von {x}?",
        "erklär mir, wie {x} funktioniert",
        "Warum interessieren sich so viele Menschen für {x}?",
        "Welche Tipps hast du zum Thema {x}?",
        "Erzähl mir etwas über die Geschichte von {x}",
    ],
    subjects: &["das Meer bei Nacht", "meinen Hund", "eine kleine Bäckerei", "den Klimawandel", "Freundschaft", "eine Reise nach Japan"],
};

const FRENCH: Phrases = Phrases {
    condense: &[
        "Résume ce texte",
        "tu peux résumer ça en deux phrases ?",
        "Quelle est l'idée principale ?",
        "Fais-moi un résumé court",
        "Donne-moi les points clés",
        "En bref, de quoi ça parle ?",
        "Condense ça en une ligne",
        "J'ai besoin d'un résumé pour l'équipe",
    ],
    judge: &[
        "Cet avis est-il positif ou négatif ? {t}",
        "Classe ce message : réclamation, question ou compliment ? {t}",
        "Spam ou pas spam : {t}",
        "Quel est le ton de ce commentaire ? {t}",
        "Ce titre parle-t-il de sport, de politique ou d'économie ? {t}",
    ],
    short_texts: &[
        "Le colis est arrivé abîmé et personne ne répond.",
        "Super restaurant, on reviendra sans hésiter !",
        "À quelle heure ouvre la poste ?",
        "Vous avez GAGNÉ un iPhone, cliquez vite",
        "Le PSG remporte le match aux tirs au but",
        "Le service était lent mais les plats étaient bons.",
    ],
    passages: &[
        "La mairie a annoncé la fermeture de la piscine municipale pendant tout l'été pour des travaux. Les habitants devront se rendre dans la commune voisine. Une pétition a déjà recueilli mille signatures.",
        "Cher journal, aujourd'hui j'ai enfin osé parler à mon chef de mon projet. Il m'a écouté sans m'interrompre. Je rentre fatiguée mais fière de moi.",
        "Compte rendu : le budget marketing est réduit de dix pour cent. Deux postes de développeur sont ouverts. La prochaine réunion aura lieu mardi à neuf heures.",
    ],
    creative: &[
        "Écris un poème sur {x}",
        "écris une petite histoire sur {x}",
        "Invente un slogan pour {x}",
        "Écris une chanson sur {x}",
        "Rédige un mail drôle à l'équipe à propos de {x}",
        "Donne-moi une liste de dix noms originaux pour {x}",
    ],
    questions: &[
        "Que penses-tu de {x} ?",
        "explique-moi comment fonctionne {x}",
        "Pourquoi les gens s'intéressent-ils autant à {x} ?",
        "Quels conseils me donnerais-tu sur {x} ?",
        "Raconte-moi l'histoire de {x}",
    ],
    subjects: &["la mer la nuit", "mon chien", "une petite boulangerie", "le changement climatique", "l'amitié", "un voyage au Japon"],
};

const PORTUGUESE: Phrases = Phrases {
    condense: &[
        "Resuma este texto",
        "pode resumir isso em duas frases?",
        "Qual é a ideia principal?",
        "Faz um resumo curto disso",
        "Me dá os pontos principais",
        "Em poucas palavras, do que se trata?",
        "Condense isso numa linha",
        "Preciso de um resumo para a equipe",
    ],
    judge: &[
        "Essa avaliação é positiva ou negativa? {t}",
        "Classifique esta mensagem como reclamação, pergunta ou elogio: {t}",
        "É spam ou não? {t}",
        "Qual é o tom deste comentário? {t}",
        "Esta manchete é sobre esporte, política ou economia? {t}",
    ],
    short_texts: &[
        "O pedido chegou quebrado e ninguém responde.",
        "Adorei o hotel, equipe muito simpática!",
        "Que horas abre o banco?",
        "Você GANHOU um prêmio, clique agora",
        "Flamengo vence o clássico no último minuto",
        "A comida era boa, mas o atendimento foi péssimo.",
    ],
    passages: &[
        "A prefeitura anunciou que o metrô vai funcionar até as duas da manhã nos fins de semana. A medida começa em julho e deve custar cinco milhões por ano. Comerciantes da região central comemoraram a decisão.",
        "Querido diário, hoje a minha avó fez oitenta anos. A família inteira veio almoçar e ela chorou quando cantamos parabéns. Foi o melhor domingo do ano.",
        "Na reunião de hoje decidimos adiar o lançamento para agosto. O time de vendas pediu mais material de treinamento. Ficou pendente a contratação de um designer.",
    ],
    creative: &[
        "Escreva um poema sobre {x}",
        "escreve uma história curta sobre {x}",
        "Crie um slogan para {x}",
        "Escreva uma música sobre {x}",
        "Escreva um e-mail divertido para a equipe sobre {x}",
        "Me dá uma lista de dez nomes criativos para {x}",
    ],
    questions: &[
        "O que você acha de {x}?",
        "me explica como funciona {x}",
        "Por que as pessoas se interessam tanto por {x}?",
        "Que conselhos você me daria sobre {x}?",
        "Conte a história de {x}",
    ],
    subjects: &["o mar à noite", "meu cachorro", "uma padaria pequena", "as mudanças climáticas", "a amizade", "uma viagem ao Japão"],
};

const LANGUAGES: &[&Phrases] = &[&SPANISH, &GERMAN, &FRENCH, &PORTUGUESE];

fn pick<'a>(list: &[&'a str], rng: &mut impl Rng) -> &'a str {
    list.choose(rng).expect("phrase lists are not empty")
}

/// One request in one of the four languages, labelled: half fast path (a summary of a passage in
/// that language or a pasted English one, or a label for a short text), half slow path (creative
/// work or an open question).
pub fn request(english_passages: &[&str], rng: &mut impl Rng) -> (String, usize) {
    let lang = *LANGUAGES.choose(rng).expect("languages are not empty");
    match rng.random_range(0..10) {
        0..3 => {
            let passage = if rng.random_bool(0.6) { pick(lang.passages, rng) } else { pick(english_passages, rng) };
            (super::augment::joined(pick(lang.condense, rng), passage, rng), 0)
        }
        3..5 => (pick(lang.judge, rng).replace("{t}", pick(lang.short_texts, rng)), 0),
        5..8 => (pick(lang.creative, rng).replace("{x}", pick(lang.subjects, rng)), 1),
        _ => (pick(lang.questions, rng).replace("{x}", pick(lang.subjects, rng)), 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn every_language_has_every_kind_and_placeholders_match() {
        for lang in LANGUAGES {
            for list in [lang.condense, lang.judge, lang.short_texts, lang.passages, lang.creative, lang.questions] {
                assert!(list.len() >= 3);
            }
            assert!(lang.judge.iter().all(|a| a.contains("{t}")));
            assert!(lang.creative.iter().chain(lang.questions).all(|a| a.contains("{x}")));
        }
    }

    #[test]
    fn requests_are_half_fast_and_fully_filled() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(4);
        let made: Vec<(String, usize)> = (0..1000).map(|_| request(&["An English passage."], &mut rng)).collect();
        let fast = made.iter().filter(|(_, l)| *l == 0).count();
        assert!((420..580).contains(&fast), "{fast} of 1000 fast");
        assert!(made.iter().all(|(t, _)| !t.contains('{')), "a placeholder was left unfilled");
    }
}
