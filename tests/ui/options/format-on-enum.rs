use open_model::open_model;

#[open_model(format = "date")]
pub enum Day {
    Monday,
    Tuesday,
}

fn main() {}
