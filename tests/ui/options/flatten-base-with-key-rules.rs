use open_model::open_model;

#[open_model(dependent_required("card" = ["billing"]))]
pub struct Base {
    pub card: Option<String>,
}

#[open_model]
pub struct Child {
    #[open_model(flatten)]
    pub base: Base,
    pub billing: Option<String>,
}

fn main() {
    let _ = open_model::from_json_str::<Child>("{}");
}
