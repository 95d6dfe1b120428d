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

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Dog {
    #[open_model(flatten)]
    pub animal: Animal,
    pub breed: Option<String>,
    pub friend: Option<Box<AnyAnimal>>,
}

/// An animal that swims.
#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Fish {
    #[open_model(flatten)]
    pub animal: Animal,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Kitten {
    #[open_model(flatten)]
    pub cat: Cat,
    pub age: Option<i64>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Bird {
    #[open_model(flatten)]
    pub animal: Animal,
    pub wings: Option<i64>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Parrot {
    #[open_model(flatten)]
    pub bird: Bird,
    pub words: Option<Vec<String>>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Aviary {
    pub birds: Option<Vec<AnyBird>>,
}

#[open_model]
#[derive(Debug, Clone, PartialEq)]
pub struct Farm {
    pub animals: Option<Vec<AnyAnimal>>,
}

/// `Animal` or any of its subtypes, chosen by `className`.
#[open_model(tag = "className")]
#[derive(Debug, Clone, PartialEq)]
pub enum AnyAnimal {
    Animal(Animal),
    #[open_model(rename = "cat")]
    Cat(Cat),
    Dog(Dog),
    #[open_model(rename = "fish")]
    Fish(Fish),
    Kitten(Kitten),
    Bird(Bird),
    Parrot(Parrot),
}

/// `Bird` or any of its subtypes, chosen by `className`.
#[open_model(tag = "className")]
#[derive(Debug, Clone, PartialEq)]
pub enum AnyBird {
    Bird(Bird),
    Parrot(Parrot),
}
