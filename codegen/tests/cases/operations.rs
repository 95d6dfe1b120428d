use open_model::open_model;

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Pet {
    #[open_model(format = "int64")]
    pub id: i64,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct ListPets200Response {
    pub items: Vec<Pet>,
    #[open_model(format = "uri")]
    pub next: Option<String>,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePetRequest {
    #[open_model(min_length = 1)]
    pub name: String,
    pub tags: Option<Vec<CreatePetRequestTag>>,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePetRequestTag {
    pub label: Option<String>,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct CreatePet4XXResponse {
    pub message: Option<String>,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct PetsIdPhotoPutRequest(
    #[open_model(max_items = 3)]
    pub Vec<PetsIdPhotoPutRequestItem>,
);

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct PetsIdPhotoPutRequestItem(#[open_model(format = "uri")] pub String);

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct GetMood200Response(pub Vec<GetMood200ResponseItem>);

#[open_model(rename_all = "lowercase", inline)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GetMood200ResponseItem {
    Happy,
    Sad,
}

#[open_model(inline)]
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub title: String,
    #[open_model(format = "int32")]
    pub status: Option<i64>,
}
