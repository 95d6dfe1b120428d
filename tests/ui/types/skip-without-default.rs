use open_model::open_model;

pub struct Handle(u32);

#[open_model]
pub struct Page {
    pub url: String,
    #[open_model(skip)]
    pub handle: Handle,
}

fn main() {}
