use open_model::open_model;

#[open_model(dependent_required("card" = ["billing"], "card" = ["zip"]))]
pub struct Payment {
    pub card: Option<String>,
}

fn main() {}
