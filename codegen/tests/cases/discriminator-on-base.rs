// warning: #/components/schemas/Animal/discriminator: decoding this component does not choose a subtype by `className` (inheritance through `allOf`); it decodes as itself, and a subtype's other keys are kept as extras. Decode the subtype to check it

use open_model::open_model;

#[open_model(rename_all = "camelCase")]
#[derive(Debug, Clone, PartialEq)]
pub struct Animal {
    pub class_name: String,
    #[open_model(default_json = "\"red\"")]
    pub color: Option<String>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Cat {
    #[open_model(flatten)]
    pub animal: Animal,
    pub declawed: Option<bool>,
}
