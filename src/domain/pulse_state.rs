//! Where a pulse is in its life. Stored as its word in `pulses.state`; this is the only place
//! the words are spelled.

use serde::Serialize;

/// Open (invitations out, answers sealed as they come) or closed (answers opened, results out).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PulseState {
    /// Taking answers until its closing time.
    Open,
    /// Closed: no more answers; the report shows it.
    Closed,
}

impl PulseState {
    /// The word stored in `pulses.state`.
    pub fn as_str(self) -> &'static str {
        match self {
            PulseState::Open => "open",
            PulseState::Closed => "closed",
        }
    }
}

impl std::fmt::Display for PulseState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl TryFrom<String> for PulseState {
    type Error = String;

    /// Reads a stored word; anything else is a database this version does not know.
    fn try_from(word: String) -> Result<Self, String> {
        match word.as_str() {
            "open" => Ok(PulseState::Open),
            "closed" => Ok(PulseState::Closed),
            other => Err(format!("unknown pulse state '{other}' in the database")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_reads_back_from_its_word() {
        for state in [PulseState::Open, PulseState::Closed] {
            assert_eq!(PulseState::try_from(state.as_str().to_string()), Ok(state));
            assert_eq!(serde_json::to_string(&state).unwrap(), format!("\"{state}\""));
        }
        assert!(PulseState::try_from("cancelled".to_string()).is_err());
    }
}
