//! The five Dolly kinds a request can be, and the training example that may carry one: the
//! auxiliary kind head (`train --kind-weight`) learns them beside the route.

/// What a request asks for; the route is a function of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Classification,
    Summarization,
    CreativeWriting,
    OpenQa,
    GeneralQa,
}

impl Kind {
    pub const ALL: [Kind; 5] =
        [Kind::Classification, Kind::Summarization, Kind::CreativeWriting, Kind::OpenQa, Kind::GeneralQa];

    /// The name Dolly and the corpus use (`creative_writing`, ...).
    pub fn from_name(name: &str) -> Option<Kind> {
        Some(match name {
            "classification" => Kind::Classification,
            "summarization" => Kind::Summarization,
            "creative_writing" => Kind::CreativeWriting,
            "open_qa" => Kind::OpenQa,
            "general_qa" => Kind::GeneralQa,
            _ => return None,
        })
    }

    /// The kind head's class index.
    pub fn index(self) -> usize {
        Kind::ALL.iter().position(|&k| k == self).expect("ALL lists every kind")
    }

    /// The route this kind takes: 0 fast path, 1 slow path.
    pub fn label(self) -> usize {
        usize::from(!matches!(self, Kind::Classification | Kind::Summarization))
    }
}

/// One training text: its route label and, where the text's source names it, its kind (generated
/// requests carry only a route).
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub text: String,
    pub label: usize,
    pub kind: Option<Kind>,
}

/// A generated `(text, label)`: a route without a kind.
impl From<(String, usize)> for Example {
    fn from((text, label): (String, usize)) -> Self {
        Example { text, label, kind: None }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_to_distinct_indices_and_their_routes() {
        let names = ["classification", "summarization", "creative_writing", "open_qa", "general_qa"];
        let kinds: Vec<Kind> = names.iter().map(|n| Kind::from_name(n).unwrap()).collect();
        assert_eq!(kinds.iter().map(|k| k.index()).collect::<Vec<_>>(), vec![0, 1, 2, 3, 4]);
        assert_eq!(kinds.iter().map(|k| k.label()).collect::<Vec<_>>(), vec![0, 0, 1, 1, 1]);
        assert_eq!(Kind::from_name("brainstorming"), None);
    }
}
