// The two dimensions of a Koupleless code, in lists that both the crate and
// `build.rs` read (`build/koupleless.rs` includes this file): the values the
// `component` and `sources` columns of `codes/koupleless.tsv` and
// `codes/koupleless-sources.tsv` take, and `Component` and `Source`, come from
// here. Each row: the variant and its doc, then the name as the tables and the
// codes write it.

macro_rules! koupleless_components {
    ($callback:ident) => {
        $callback! {
            /// Arklet, the agent in each base that installs and uninstalls modules.
            Arklet = "Arklet",
            /// ModuleController, which schedules module operations across bases.
            ModuleController = "ModuleController",
            /// KouplelessBoard, the operations dashboard (the "DashBoard" table).
            KouplelessBoard = "KouplelessBoard",
        }
    };
}

macro_rules! koupleless_sources {
    ($callback:ident) => {
        $callback! {
            /// `User`: errors caused by the user.
            User = "User",
            /// `Arklet`.
            Arklet = "Arklet",
            /// `ModuleController`.
            ModuleController = "ModuleController",
            /// `KouplelessBoard`.
            KouplelessBoard = "KouplelessBoard",
            /// `OtherUpstream`: an unknown upstream.
            OtherUpstream = "OtherUpstream",
            /// `OtherDownstream`: an unknown downstream.
            OtherDownstream = "OtherDownstream",
            /// `KubeAPIServer`: the Kubernetes API server. One ModuleController row names
            /// it, though no Level 1 table lists it.
            KubeApiServer = "KubeAPIServer",
        }
    };
}
