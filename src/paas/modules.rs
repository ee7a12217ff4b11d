// The modules of BlueKing PaaS, in one list that both the crate and `build.rs`
// read (`build/paas.rs` includes this file): the `module` column of
// `codes/paas.tsv`, the prefix its codes must start with, and `Module` come from
// here. Each row: the variant and its doc, the table's `module` value, the
// vendor's name for the module, the prefix of its codes, its `Product`.
macro_rules! paas_modules {
    ($callback:ident) => {
        $callback! {
            /// bkpaas3 deployment: `4311xxx`.
            Deploy = ("deploy", "deploy", "4311", Paas3),
            /// bkpaas3 source code and repositories: `4312xxx`.
            Source = ("source", "source", "4312", Paas3),
            /// bkpaas3 enhanced services: `4313xxx`.
            Service = ("service", "service", "4313", Paas3),
            /// bkpaas3 S-Mart application packages: `4314xxx`.
            SMart = ("smart", "S-Mart", "4314", Paas3),
            /// open_paas `paas`, the developer center: `1301xxx`.
            Paas = ("paas", "paas", "1301", OpenPaas),
            /// open_paas `login`: `1302xxx`.
            Login = ("login", "login", "1302", OpenPaas),
            /// open_paas `console`, the desktop: `1303xxx`.
            Console = ("console", "console", "1303", OpenPaas),
            /// open_paas `appengine`: `1304xxx`.
            AppEngine = ("appengine", "appengine", "1304", OpenPaas),
            /// open_paas `paasagent`: `1305xxx`.
            PaasAgent = ("paasagent", "paasagent", "1305", OpenPaas),
            /// open_paas ESB, the API gateway of components: `1306xxx`.
            Esb = ("esb", "ESB", "1306", OpenPaas),
        }
    };
}
