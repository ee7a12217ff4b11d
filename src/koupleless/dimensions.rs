// The dimensions of a Koupleless code, in lists that both the crate and
// `build.rs` read (`build/koupleless.rs` includes this file): the values the
// `component` and `sources` columns of `codes/koupleless.tsv` and
// `codes/koupleless-sources.tsv` and the `scope` column of
// `codes/koupleless-source.tsv` take, and `Component` and `Source`, come from
// here. Each row: the variant and its doc, then the name as the tables and the
// codes write it. The components with a published table come first; those
// after them only define wire codes in their source.

macro_rules! koupleless_components {
    ($callback:ident) => {
        $callback! {
            /// Arklet, the agent in each base that installs and uninstalls modules.
            Arklet = "Arklet",
            /// ModuleController, which schedules module operations across bases.
            ModuleController = "ModuleController",
            /// KouplelessBoard, the operations dashboard (the "DashBoard" table).
            KouplelessBoard = "KouplelessBoard",
            /// sofa-ark, the module runtime Arklet drives: its `ResponseCode` is the
            /// `data.code` of Arklet's biz command responses (no published table).
            SofaArk = "SofaArk",
            /// koupleless-common, the library the modules and the base share: its
            /// `ErrorCodes` travel in Java exceptions (no published table).
            KouplelessCommon = "KouplelessCommon",
            /// virtual-kubelet, the Kubernetes node ModuleController runs bases as:
            /// its codes go to tracker reports only (no published table).
            VirtualKubelet = "VirtualKubelet",
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
