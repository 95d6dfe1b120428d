//! The generator's own tests: each construct, and every problem with its pointer.

use super::*;

fn gen(yaml: &str) -> Result<String, Vec<Problem>> {
    generate(yaml, &Options::default()).map(|g| g.source)
}

#[test]
fn refuses_divisors_the_macro_refuses() {
    // Before: accepted, and the generated source failed to compile.
    let err = gen("components:\n  schemas:\n    A:\n      type: object\n      properties:\n        a: { type: number, multipleOf: 0 }\n        b: { type: number, multipleOf: -2 }\n        d: { type: number, multipleOf: 0.01 }\n")
            .unwrap_err();
    let text: Vec<String> = err.iter().map(ToString::to_string).collect();
    assert_eq!(
        text,
        [
            "#/components/schemas/A/properties/a/multipleOf: `multipleOf` must not be zero",
            "#/components/schemas/A/properties/b/multipleOf: `multipleOf` must be greater than 0",
        ]
    );
    // Exactly, from a JSON document (YAML numbers pass through f64).
    let err = gen(r#"{"components":{"schemas":{"A":{"type":"object","properties":{"c":{"type":"number","multipleOf":1.0000000000000000001}}}}}}"#)
            .unwrap_err();
    assert_eq!(
            err.iter().map(ToString::to_string).collect::<Vec<_>>(),
            ["#/components/schemas/A/properties/c/multipleOf: `multipleOf` supports divisors of up to 18 significant digits"]
        );
}

#[test]
fn reports_every_problem_with_its_path() {
    let err = gen("components:\n  schemas:\n    A:\n      type: object\n      properties:\n        a: { type: [string, 'null'] }\n        b: { type: string, format: 7 }\n      patternProperties: {}\n")
            .unwrap_err();
    let text: Vec<String> = err.iter().map(ToString::to_string).collect();
    assert_eq!(
            text,
            [
                "#/components/schemas/A/properties/a/type: a list of types is not OpenAPI 3.0; use `nullable` or `oneOf`",
                "#/components/schemas/A/properties/b/format: format 7 is not a format name",
                "#/components/schemas/A/patternProperties: `patternProperties` is JSON Schema (OpenAPI 3.1), not part of the OpenAPI 3.0 schema object",
            ]
        );
}

#[test]
fn names_fields_in_rust_case() {
    let src = gen("components:\n  schemas:\n    a-thing:\n      properties:\n        fooBar: { type: integer }\n        type: { type: boolean }\n        $ref: { type: string }\n      required: [fooBar]\n").unwrap();
    assert!(src.contains("pub struct AThing {"), "{src}");
    // The component keeps the document's name in its schema.
    assert!(
        src.contains("#[open_model(rename_all = \"camelCase\", rename = \"a-thing\")]"),
        "{src}"
    );
    assert!(src.contains("pub foo_bar: i64,"), "{src}");
    assert!(src.contains("pub r#type: Option<bool>,"), "{src}");
    assert!(
        src.contains("#[open_model(rename = \"$ref\")]\n    pub r#ref: Option<String>,"),
        "{src}"
    );
}

#[test]
fn refuses_a_dangling_ref() {
    let err = gen("components:\n  schemas:\n    A:\n      properties:\n        b: { $ref: '#/components/schemas/B' }\n").unwrap_err();
    assert_eq!(
            err[0].to_string(),
            "#/components/schemas/A/properties/b/$ref: `#/components/schemas/B` names no component schema"
        );
}

#[test]
fn reads_json_with_exact_numbers() {
    let src = gen(r#"{"components": {"schemas": {"Big": {"type": "number", "maximum": 972783798187987123879878123.18878137}}}}"#).unwrap();
    assert!(
        src.contains("maximum = 972783798187987123879878123.18878137"),
        "{src}"
    );
}

#[test]
fn unions_enums_and_composition() {
    let src = gen(r#"
components:
  schemas:
    Status: { type: string, enum: [TEST_PROD, PROD] }
    Shape:
      oneOf: [{ $ref: '#/components/schemas/Circle' }, { type: string }]
    Circle:
      type: object
      required: [radius]
      properties: { radius: { type: number, minimum: 0 } }
    Tagged:
      oneOf: [{ $ref: '#/components/schemas/Circle' }]
      discriminator: { propertyName: kind, mapping: { round: '#/components/schemas/Circle' } }
    Short:
      type: string
      anyOf: [{ maxLength: 2 }, { minLength: 4 }]
    Both:
      allOf: [{ minimum: 1 }, { maximum: 9 }]
    Node:
      type: object
      properties: { next: { $ref: '#/components/schemas/Node' } }
"#)
    .unwrap();
    for expected in [
        "#[open_model(rename_all = \"SCREAMING_SNAKE_CASE\")]",
        "pub enum Status {\n    TestProd,\n    Prod,\n}",
        "#[open_model(one_of)]",
        "pub enum Shape {\n    Circle(Circle),\n    String(String),\n}",
        "#[open_model(tag = \"kind\")]",
        "#[open_model(rename = \"round\")]\n    Round(Circle),",
        "#[open_model(any_of)]",
        "pub struct ShortString(#[open_model(max_length = 2)] pub String);",
        "pub struct ShortString2(#[open_model(min_length = 4)] pub String);",
        "pub struct Both(#[open_model(minimum = 1, maximum = 9)] pub Value);",
        "pub next: Option<Box<Node>>,",
    ] {
        assert!(src.contains(expected), "missing {expected:?} in\n{src}");
    }
}

#[test]
fn untyped_any_reads_properties_as_json_schema_does() {
    let yaml = "components:\n  schemas:\n    Loose:\n      properties: { a: { type: integer } }\n";
    let plain = gen(yaml).unwrap();
    assert!(plain.contains("pub struct Loose {"), "{plain}");
    let options = Options {
        untyped_any: true,
        ..Options::default()
    };
    let src = generate(yaml, &options).unwrap().source;
    assert!(
        src.contains("pub enum Loose {\n    Object(LooseObject),\n    Other(LooseOther),\n}"),
        "{src}"
    );
    assert!(
        src.contains("pub struct LooseOther(#[open_model(not = Map)] pub Value);"),
        "{src}"
    );
}

#[test]
fn a_nullable_component_makes_its_properties_nullable() {
    let src = gen(r#"
components:
  schemas:
    Owner: { type: object, nullable: true, properties: { name: { type: string } } }
    Stamp: { type: number, nullable: true }
    Mood: { type: string, enum: [calm], nullable: true }
    Either: { oneOf: [{ type: string }, { type: integer }], nullable: true }
    Pet:
      type: object
      required: [owner, stamp]
      properties:
        owner: { $ref: '#/components/schemas/Owner' }
        previous: { $ref: '#/components/schemas/Owner' }
        mood: { $ref: '#/components/schemas/Mood' }
        either: { $ref: '#/components/schemas/Either' }
        stamp: { $ref: '#/components/schemas/Stamp' }
"#)
    .unwrap();
    for expected in [
        "#[open_model(nullable)]\n#[derive(Debug, Clone, PartialEq)]\npub struct Owner {",
        "pub struct Stamp(pub Option<Number>);",
        "#[open_model(required)]\n    pub owner: Option<Owner>,",
        "pub previous: Field<Owner>,",
        "pub stamp: Stamp,",
        "#[open_model(rename_all = \"lowercase\", nullable)]",
        "#[open_model(one_of, nullable)]",
        "pub mood: Field<Mood>,",
        "pub either: Field<Either>,",
    ] {
        assert!(src.contains(expected), "missing {expected:?} in\n{src}");
    }
}

#[test]
fn annotations_are_kept_on_every_kind_of_type() {
    let src = gen(r#"
components:
  schemas:
    Order: { type: string, enum: [asc, desc], default: asc, title: Order, deprecated: true }
    Limit: { type: integer, default: 20, title: Limit }
    Page:
      type: object
      title: A page
      default: {}
      not: { required: [size, cursor] }
      enum: [{}, { size: 20 }]
      properties:
        size: { type: integer, title: Size, default: 20 }
"#)
    .unwrap();
    for expected in [
            "    default_json = \"\\\"asc\\\"\",\n    title = \"Order\",\n    deprecated\n)]",
            "#[open_model(default_json = \"20\", title = \"Limit\")]\n#[derive(Debug, Clone, PartialEq)]\npub struct Limit(pub i64);",
            "    not = PageNot,\n    enum_json = \"[{},{\\\"size\\\":20}]\",\n    default_json = \"{}\",",
            "pub struct PageNot {\n    pub size: Value,\n    pub cursor: Value,\n}",
            "#[open_model(title = \"Size\", default_json = \"20\")]",
        ] {
            assert!(src.contains(expected), "missing {expected:?} in\n{src}");
        }
}

#[test]
fn the_plan_names_every_inline_type_before_writing() {
    // One inline type of each role, and a component that takes the name an
    // inline type would have had (`PetOwner`).
    let doc = r##"
components:
  schemas:
    Pet:
      type: object
      discriminator: { propertyName: kind }
      properties:
        kind: { type: string }
        owner: { type: object, properties: { name: { type: string } } }
        tags: { type: array, items: { type: string, maxLength: 3 } }
        home: { $ref: '#/components/schemas/Place/allOf/0' }
    Cat:
      allOf:
        - $ref: '#/components/schemas/Pet'
        - type: object
          properties: { lives: { type: integer } }
    PetOwner: { type: string }
    Place:
      allOf:
        - type: object
          properties: { street: { type: string } }
    Shape:
      oneOf:
        - type: object
          required: [kind]
          properties: { kind: { type: string, enum: [circle] }, r: { type: number } }
      discriminator: { propertyName: kind }
"##;
    let doc = read_document(doc).unwrap();
    let schemas = doc
        .get("components")
        .and_then(|c| c.get("schemas"))
        .and_then(Value::as_dict)
        .unwrap();
    let options = Options::default();
    let mut first = Gen::new(&options, schemas, Some(&doc), plan::Plan::of(schemas));
    first.write_all(&[]);
    assert_eq!(first.problems, []);
    let plan::Names::Choosing { chosen, .. } = first.plan.inline else {
        panic!("the first pass chooses");
    };
    let s = "#/components/schemas";
    let planned: Vec<(String, Role, String)> = chosen
        .into_iter()
        .flat_map(|(site, names)| {
            let path = site.path.replace(s, "~");
            names.into_iter().map(move |n| (path.clone(), site.role, n))
        })
        .collect();
    let expect = |path: &str, role, name: &str| (path.to_owned(), role, name.to_owned());
    assert_eq!(
        planned,
        [
            expect("~/Pet", Role::Inheritance, "AnyPet"),
            expect("~/Pet/properties/owner", Role::Definition, "PetOwner2"),
            expect("~/Pet/properties/tags/items", Role::Wrapper, "PetTag"),
            expect("~/Place/allOf/0", Role::Pointed, "PlaceAllOf0"),
            expect("~/Shape/oneOf/0", Role::Member, "ShapeCircle"),
            // The tag's one-value enum, inside the member.
            expect(
                "~/Shape/oneOf/0/properties/kind",
                Role::Definition,
                "ShapeCircleKind"
            ),
        ]
    );

    // The second pass reads those names, and a site the first pass did not
    // plan is an internal error, never a name made up on the spot.
    let mut names = plan::Plan::of(schemas).inline;
    let site = |path: &str, hint: &str| plan::Site {
        path: path.to_owned(),
        role: Role::Definition,
        hint: hint.to_owned(),
    };
    // `Pet` is a component; a site asked for twice gets a name each time.
    assert_eq!(names.name(site("#/a", "Pet")).as_deref(), Some("Pet2"));
    assert_eq!(names.name(site("#/a", "Pet")).as_deref(), Some("Pet3"));
    let mut names = names.chosen();
    assert_eq!(names.name(site("#/a", "Pet")).as_deref(), Some("Pet2"));
    assert_eq!(names.name(site("#/a", "Pet")).as_deref(), Some("Pet3"));
    assert_eq!(names.name(site("#/a", "Pet")), None);
    assert_eq!(names.name(site("#/b", "B")), None);
}

#[test]
fn an_empty_map_of_schemas_writes_no_import() {
    // An unused `use` would warn in the crate that includes the output.
    let generated = generate("components:\n  schemas: {}\n", &Options::default()).unwrap();
    assert!(!generated.source.contains("use "), "{}", generated.source);
    assert!(generated.components.is_empty());
    let one = gen("components:\n  schemas:\n    A: { type: string }\n").unwrap();
    assert!(one.contains("use open_model::"), "{one}");
}

#[test]
fn says_which_document_it_reads() {
    let problems = |doc: &str, options: &Options| -> Vec<String> {
        match generate(doc, options) {
            Ok(g) => g.warnings.iter().map(ToString::to_string).collect(),
            Err(p) => p.iter().map(ToString::to_string).collect(),
        }
    };
    let swagger = "swagger: '2.0'\ndefinitions:\n  A: { type: object }\n";
    assert_eq!(
        problems(swagger, &Options::default()),
        ["#/swagger: a Swagger 2.0 document: the generator reads OpenAPI 3.0 (convert it first, for example with swagger2openapi)"]
    );
    let none = "openapi: 3.0.3\npaths: {}\n";
    assert_eq!(
        problems(none, &Options::default()),
        ["#/components/schemas: nothing to generate: the document has no component schemas, and no operation's schema that needs a type"]
    );
    let strict_none = strict();
    assert!(generate(none, &strict_none).is_err());
    assert_eq!(generate(none, &Options::default()).unwrap().source, "");
    // 3.1 is read through its 3.0 spelling (`openapi31.rs`), without a
    // warning.
    let v31 = "openapi: 3.1.0\ncomponents:\n  schemas:\n    A: { type: string }\n";
    let strict = strict();
    assert!(problems(v31, &strict).is_empty());
}

/// The one warning of `doc`, generated with the default options, and its
/// source; `strict` refuses `doc` with that warning as its error.
fn warned_once(doc: &str) -> (Problem, String) {
    let generated = generate(doc, &Options::default()).unwrap();
    assert_eq!(generated.warnings.len(), 1, "{:?}", generated.warnings);
    let warning = generated.warnings[0].clone();
    let refused = generate(doc, &strict()).unwrap_err();
    assert_eq!(refused, std::slice::from_ref(&warning));
    (warning, generated.source)
}

#[test]
fn a_required_key_a_bases_additional_properties_forbids_makes_a_model_that_admits_nothing() {
    // Zuora, Azure LUIS: the base's `additionalProperties` judges the keys
    // the other members add; a required one no value can be makes the
    // model admit nothing, said where the judging member stands. The
    // model is generated as `not: {}` is, a type that refuses every
    // value, so that the rest of the document is still usable.
    let doc = "components:\n  schemas:\n    Base:\n      type: object\n      additionalProperties: { type: string }\n    Account:\n      description: An account.\n      allOf:\n        - $ref: '#/components/schemas/Base'\n        - type: object\n          required: [day]\n          properties:\n            day: { type: integer }\n";
    let (warning, source) = warned_once(doc);
    assert_eq!(warning.path, "#/components/schemas/Account/allOf/0/$ref");
    assert!(
        warning
            .message
            .starts_with("`day` is required, and this member's `additionalProperties`")
            && warning
                .message
                .ends_with("its type refuses every value, as `not: {}` does"),
        "{warning}"
    );
    // A model of no field (an object: another model may flatten it, or
    // a union hold it as a variant).
    assert!(
        source.contains("/// An account.\n#[open_model(not = Value)]\n#[derive(Debug, Clone, PartialEq)]\npub struct Account {}"),
        "{source}"
    );
    let sub = format!("{doc}    Sub:\n      allOf:\n        - $ref: '#/components/schemas/Account'\n        - type: object\n          properties:\n            x: {{ type: string }}\n");
    assert!(gen(&sub)
        .unwrap()
        .contains("#[open_model(flatten)]\n    pub account: Account,"));
    // Optional, the key cannot be present.
    let optional = doc.replace("required: [day]", "required: []");
    assert!(gen(&optional)
        .unwrap()
        .contains("#[open_model(not = Value)]"));
}

#[test]
fn a_union_whose_members_all_contradict_the_keywords_beside_it_admits_nothing() {
    // Each member alone is left out with a warning (it could never match);
    // with none left, the schema admits nothing (soundcloud's `items` of
    // `type: array` beside `anyOf: [{type: object}]`, ShipEngine's).
    let doc = "components:\n  schemas:\n    A:\n      type: string\n      oneOf:\n        - type: integer\n    B:\n      type: array\n      items:\n        type: array\n        anyOf: [{ type: object }]\n";
    let generated = generate(doc, &Options::default()).unwrap();
    let warnings: Vec<String> = generated.warnings.iter().map(ToString::to_string).collect();
    let never = "with the keywords beside it, no member of the union admits a value, so no value meets the schema: its type refuses every value, as `not: {}` does";
    assert_eq!(
        warnings,
        [
            "#/components/schemas/A/oneOf/0: no value is of both types \"string\" and \"integer\": with the keywords beside the union, this member admits no value and is left out".to_owned(),
            format!("#/components/schemas/A/oneOf: {never}"),
            "#/components/schemas/B/items/anyOf/0: no value is of both types \"array\" and \"object\": with the keywords beside the union, this member admits no value and is left out".to_owned(),
            format!("#/components/schemas/B/items/anyOf: {never}"),
        ]
    );
    let source = generated.source;
    assert!(
        source.contains("pub struct A(#[open_model(not = Value)] pub Value);"),
        "{source}"
    );
    // Only an empty list is a `B`.
    assert!(source.contains("pub struct B(pub Vec<BItem>);"), "{source}");
    assert!(
        source.contains("pub struct BItem(#[open_model(not = Value)] pub Value);"),
        "{source}"
    );
    assert!(generate(doc, &strict()).is_err());
}

#[test]
fn the_operations_schemas_get_types_named_by_where_they_stand() {
    let doc = "openapi: 3.0.3
paths:
  /a/{id}:
    post:
      requestBody:
        content:
          application/json:
            schema: { type: object, properties: { x: { type: string } } }
          text/plain:
            schema: { type: string }
      responses:
        '200':
          content:
            application/json:
              schema: { type: object, properties: { x: { type: string } } }
        default:
          content:
            application/json:
              schema: { type: object, properties: { code: { type: integer } } }
";
    let generated = generate(doc, &Options::default()).unwrap();
    let at = "#/paths/~1a~1{id}/post";
    // One type for a schema written twice; none for a bare scalar.
    assert_eq!(
        generated.bodies,
        [
            (
                format!("{at}/requestBody/content/application~1json/schema"),
                "AIdPostRequest".to_owned()
            ),
            (
                format!("{at}/responses/200/content/application~1json/schema"),
                "AIdPostRequest".to_owned()
            ),
            (
                format!("{at}/responses/default/content/application~1json/schema"),
                "AIdPostDefaultResponse".to_owned()
            ),
        ]
    );
    assert!(generated.components.is_empty());
    assert_eq!(generated.source.matches("pub struct").count(), 2);
    // Only the components with `components_only`; with none, nothing is
    // left to generate.
    let only = Options {
        components_only: true,
        ..Default::default()
    };
    let nothing = generate(doc, &only).unwrap();
    assert_eq!(nothing.source, "");
    assert!(nothing.warnings[0]
        .message
        .starts_with("nothing to generate"));
    let with_one = format!("{doc}components:\n  schemas:\n    B: {{ type: string }}\n");
    let generated = generate(&with_one, &only).unwrap();
    assert!(generated.bodies.is_empty());
    assert_eq!(generated.source.matches("pub struct").count(), 1);
}

#[test]
fn an_operations_type_never_takes_a_components_name() {
    // The component keeps its name; the operation's type is numbered.
    let doc = "openapi: 3.0.3
paths:
  /a:
    get:
      operationId: getA
      responses:
        '200':
          content:
            application/json:
              schema: { type: object, properties: { x: { type: string } } }
components:
  schemas:
    GetA200Response: { type: object, properties: { y: { type: string } } }
";
    let generated = generate(doc, &Options::default()).unwrap();
    assert_eq!(generated.bodies[0].1, "GetA200Response2");
    assert!(generated
        .source
        .contains("pub struct GetA200Response {\n    pub y"));
}

#[test]
fn an_operations_schema_that_cannot_be_generated_is_left_out_with_a_warning() {
    // The components still generate; the attempt leaves no item and no
    // import behind (`Number` would be unused).
    let doc = "openapi: 3.0.3
paths:
  /a:
    get:
      responses:
        '200':
          content:
            application/json:
              schema:
                type: object
                properties:
                  n: { type: number }
                  bad: { $ref: '#/components/schemas/Missing' }
components:
  schemas:
    B: { type: string }
";
    let generated = generate(doc, &Options::default()).unwrap();
    assert!(generated.bodies.is_empty());
    assert!(!generated.source.contains("Number"), "{}", generated.source);
    let warnings: Vec<String> = generated.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].starts_with(
            "#/paths/~1a/get/responses/200/content/application~1json/schema/properties/bad/$ref: "
        ) && warnings[0]
            .ends_with("; this operation's schema gets no type (the rest is generated)"),
        "{warnings:?}"
    );
    let strict = strict();
    assert!(generate(doc, &strict).is_err());
}

#[test]
fn a_ref_reads_its_fragment_percent_decoded() {
    // RFC 6901 §6: a pointer in a URI fragment escapes `{` and `}`.
    let doc = "openapi: 3.0.3
paths:
  /a/{id}:
    get:
      responses:
        '200':
          content:
            application/json:
              schema:
                type: object
                properties:
                  x: { type: object, properties: { y: { type: string } } }
  /b:
    get:
      responses:
        '200':
          content:
            application/json:
              schema:
                type: object
                properties:
                  again:
                    $ref: '#/paths/~1a~1%7Bid%7D/get/responses/200/content/application~1json/schema/properties/x'
";
    let generated = generate(doc, &Options::default()).unwrap();
    assert!(generated.warnings.is_empty(), "{:?}", generated.warnings);
    assert!(
        generated.source.contains(
            "pub again: Option<PathsAIdGetResponses200ContentApplicationJsonSchemaPropertiesX>"
        ),
        "{}",
        generated.source
    );
}

#[test]
fn openapi_31_pattern_properties_become_key_patterns() {
    let v31 = |body: &str| format!("openapi: 3.1.0\ncomponents:\n  schemas:\n{body}");
    let src = gen(&v31("    A:
      type: object
      properties: { foo: { type: string } }
      patternProperties:
        '^x-': { type: integer }
        '^y': { type: object, properties: { z: { type: string } } }
      additionalProperties: false
    B:
      patternProperties: { 'f.*o': { type: [string, 'null'] } }
"))
    .unwrap();
    for expected in [
        "#[open_model(closed, pattern_properties(\"^x-\" = i64, \"^y\" = APattern2))]",
        "pub struct APattern2 {",
        "#[open_model(pattern_properties(\"f.*o\" = BPattern1))]\n#[derive(Debug, Clone, PartialEq)]\npub struct B {}",
    ] {
        assert!(src.contains(expected), "{expected}\n{src}");
    }
    let problems = |body: &str| -> Vec<String> {
        gen(&v31(body))
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect()
    };
    assert_eq!(
        problems("    A:\n      patternProperties: { '\\A': {} }\n"),
        ["#/components/schemas/A/patternProperties/\\A: key pattern \"\\\\A\" cannot be checked (`\\A` is not an escape ECMA-262 reads (write `^` or `$` for the start or end)); a key pattern decides which keys the other rules judge, so it cannot be kept as an annotation"]
    );
    let src = gen(&v31(
        "    A:\n      patternProperties: { '^x': {} }\n      additionalProperties: { type: string }\n",
    ))
    .unwrap();
    assert!(
        src.contains("#[open_model(pattern_properties(\"^x\" = Value, others = String))]"),
        "{src}"
    );
}

#[test]
fn openapi_31_key_rules_become_container_options() {
    let doc = |v: &str| {
        format!("openapi: {v}\ncomponents:\n  schemas:\n    P:\n      properties: {{ card: {{ type: string }} }}\n      dependentRequired: {{ card: [billing] }}\n      dependentSchemas: {{ card: {{ required: [zip] }} }}\n      propertyNames: {{ maxLength: 3 }}\n")
    };
    let src = gen(&doc("3.1.0")).unwrap();
    assert!(
        src.contains(
            "#[open_model(\n    dependent_required(\"card\" = [\"billing\"]),\n    dependent_schemas(\"card\" = PDependent1),\n    property_names = PName\n)]"
        ),
        "{src}"
    );
    let err: Vec<String> = gen(&doc("3.0.3"))
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        err,
        [
            "#/components/schemas/P/dependentRequired: `dependentRequired` is JSON Schema (OpenAPI 3.1), not part of the OpenAPI 3.0 schema object",
            "#/components/schemas/P/dependentSchemas: `dependentSchemas` is JSON Schema (OpenAPI 3.1), not part of the OpenAPI 3.0 schema object",
            "#/components/schemas/P/propertyNames: `propertyNames` is JSON Schema (OpenAPI 3.1), not part of the OpenAPI 3.0 schema object",
        ]
    );
}

#[test]
fn additional_properties_beside_a_tagged_union_is_read_into_each_member() {
    // Jira's `CustomContextVariable`, linqr's `ContactData`: it judges
    // every key the schema's own `properties` do not list, the members'
    // included. Read exactly, each member is read with it (a member that
    // requires a key it forbids admits no value and is left out), and the
    // tag no longer chooses: every member is tried, with a warning.
    let doc = |extra: &str| {
        format!("components:\n  schemas:\n    U:\n      oneOf: [{{ $ref: '#/components/schemas/A' }}, {{ $ref: '#/components/schemas/B' }}]\n      discriminator: {{ propertyName: kind }}\n      properties: {{ kind: {{ type: string }} }}\n      additionalProperties: {extra}\n    A:\n      properties: {{ kind: {{ type: string }}, a: {{ type: string }} }}\n      required: [kind]\n    B:\n      properties: {{ kind: {{ type: string }}, b: {{ type: string }} }}\n      required: [kind, b]\n")
    };
    let generated = generate(&doc("false"), &Options::default()).unwrap();
    let warnings: Vec<String> = generated.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert!(warnings[0].starts_with("#/components/schemas/U/discriminator: `additionalProperties` beside the union judges the keys the members add too"), "{warnings:?}");
    assert!(
        warnings[1].starts_with("#/components/schemas/U/oneOf/1: `b` is required"),
        "{warnings:?}"
    );
    let source = &generated.source;
    // A, read with it: `a` cannot be present, and no other key.
    assert!(source.contains("pub enum U {\n    A(UA),\n}"), "{source}");
    assert!(
        source.contains("#[open_model(closed, inline, title = \"A\")]"),
        "{source}"
    );
    // `true` says nothing: the tag chooses, as before.
    let plain = gen(&doc("true")).unwrap();
    assert!(plain.contains("tag = \"kind\""), "{plain}");
}

#[test]
fn openapi_31_type_null_is_null_only_and_in_all_of_meets_the_others() {
    let doc = "openapi: 3.1.0\ncomponents:\n  schemas:\n    Cur: { type: string }\n    Bill:\n      properties:\n        none: { type: 'null' }\n        currency:\n          allOf: [{ $ref: '#/components/schemas/Cur' }, { type: 'null' }]\n";
    let out = generate(doc, &Options::default()).unwrap();
    assert!(
        out.source
            .contains("#[open_model(enum_json = \"[null]\")]\n    pub none: Field<Value>,"),
        "{}",
        out.source
    );
    // A string that is null: no value, so the key cannot be present.
    let warnings: Vec<String> = out.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        ["#/components/schemas/Bill/properties/currency/allOf: no value of the `enum` is of type \"string\"; no value meets the property's schema, so its key cannot be present"]
    );
}

#[test]
fn a_base_with_key_keywords_is_written_in_place() {
    let doc = "openapi: 3.1.0\ncomponents:\n  schemas:\n    Base:\n      properties: { card: { type: string } }\n      dependentRequired: { card: [billing] }\n    Child:\n      allOf:\n        - $ref: '#/components/schemas/Base'\n        - properties: { billing: { type: string } }\n";
    let src = gen(doc).unwrap();
    // The rule judges the child's keys too, so the child holds the base's
    // fields and the rule itself rather than flattening the base.
    let child = &src[src.find("pub struct Child").unwrap()..];
    assert!(!child.contains("flatten"), "{src}");
    assert!(
        src.contains("#[open_model(dependent_required(\"card\" = [\"billing\"]))]\n#[derive(Debug, Clone, PartialEq)]\npub struct Child {"),
        "{src}"
    );
}

#[test]
fn openapi_31_prefix_items_become_tuple_checks() {
    let doc = |v: &str| {
        format!("openapi: {v}\ncomponents:\n  schemas:\n    Point:\n      type: array\n      prefixItems: [{{ type: number }}, {{ type: number }}]\n      items: false\n    Tagged:\n      prefixItems: [{{ type: string }}]\n      items: {{ type: integer }}\n")
    };
    let src = gen(&doc("3.1.0")).unwrap();
    for expected in [
        "#[open_model(prefix_items(Number, Number), additional_items = false)]\n    pub Vec<Value>,",
        "pub struct Tagged(\n    #[open_model(prefix_items(String), additional_items = i64)]\n    pub Vec<Value>,\n);",
    ] {
        assert!(src.contains(expected), "{expected}\n{src}");
    }
    assert!(gen(&doc("3.0.3")).is_err());
}

#[test]
fn openapi_31_schemas_are_read_through_their_30_spelling() {
    let v31 = |body: &str| format!("openapi: 3.1.0\ncomponents:\n  schemas:\n{body}");
    let src = gen(&v31("    A:
      type: object
      properties:
        name: { type: [string, 'null'], examples: [Rex] }
        age: { type: integer, exclusiveMinimum: 0, exclusiveMaximum: 10, maximum: 5 }
        kind: { const: dog }
        const: { type: string, contentEncoding: base64 }
        either: { type: [string, integer] }
        owner: { $ref: '#/components/schemas/B', readOnly: true }
        code: { $ref: '#/components/schemas/A/$defs/code' }
      $defs:
        code: { type: string, const: x }
    B: { type: object, properties: { id: { type: string } } }
"))
    .unwrap();
    for expected in [
        "#[open_model(example = \"Rex\")]\n    pub name: Field<String>,",
        "#[open_model(exclusive_minimum, maximum = 5, minimum = 0)]\n    pub age: Option<i64>,",
        "#[open_model(enum_json = \"[\\\"dog\\\"]\")]\n    pub kind: Option<Value>,",
        "pub r#const: Option<String>,",
        "pub either: Option<AEither>,",
        "pub owner: Option<B>,",
        "pub code: Option<ADefsCode>,",
    ] {
        assert!(src.contains(expected), "{expected}\n{src}");
    }
    // The same document as 3.0 keeps refusing what 3.0 does not have.
    let v30 = v31("    A: { type: [string, 'null'] }\n").replace("3.1.0", "3.0.3");
    assert!(gen(&v30).is_err());
}

#[test]
fn openapi_31_webhooks_are_operations() {
    let doc = "openapi: 3.1.0
webhooks:
  newPet:
    post:
      requestBody:
        content:
          application/json:
            schema: { type: object, properties: { id: { type: integer } } }
      responses:
        '200': { description: ok }
";
    let generated = generate(doc, &Options::default()).unwrap();
    assert_eq!(
        generated.bodies,
        [(
            "#/webhooks/newPet/post/requestBody/content/application~1json/schema".to_owned(),
            "NewPetPostRequest".to_owned()
        )]
    );
}

/// The options that make every warning an error.
fn strict() -> Options {
    Options {
        strict: true,
        ..Default::default()
    }
}

#[test]
fn a_pattern_ecma_262_cannot_read_is_refused_or_kept_unchecked_on_request() {
    // AWS's Java-dialect patterns (Application Auto Scaling, DynamoDB).
    let doc = r#"openapi: 3.0.3
components:
  schemas:
    Policy:
      type: object
      properties:
        name: { type: string, pattern: "\\p{Print}+" }
        id: { type: string, pattern: "^[a-z]+$" }
"#;
    let refused = generate(doc, &Options::default()).unwrap_err();
    assert_eq!(
        refused[0].path,
        "#/components/schemas/Policy/properties/name/pattern"
    );
    assert!(
        refused[0].message.contains("--unchecked-patterns"),
        "{}",
        refused[0].message
    );
    let unchecked = Options {
        unchecked_patterns: true,
        ..Default::default()
    };
    let generated = generate(doc, &unchecked).unwrap();
    assert!(
        generated
            .source
            .contains(r#"#[open_model(pattern_annotation = "\\p{Print}+")]"#),
        "{}",
        generated.source
    );
    // A pattern ECMA-262 reads is still checked.
    assert!(generated.source.contains(r#"pattern = "^[a-z]+$""#));
    assert_eq!(generated.warnings.len(), 1);
    assert!(generated.warnings[0].message.contains("never checked"));
    // `strict` makes the warning an error again.
    let strict = Options {
        strict: true,
        ..unchecked
    };
    assert!(generate(doc, &strict).is_err());
}

#[test]
fn java_patterns_are_written_as_the_ecma_262_patterns_that_match_the_same() {
    let doc = r#"openapi: 3.0.3
components:
  schemas:
    Plan:
      type: object
      properties:
        name: { type: string, pattern: "[\\p{Print}&&[^|:/]]+" }
        id: { type: string, pattern: "\\A\\p{XDigit}{8}\\z" }
"#;
    let java = Options {
        java_patterns: true,
        ..Default::default()
    };
    let generated = generate(doc, &java).unwrap();
    assert!(generated.warnings.is_empty());
    assert!(
        generated.source.contains(r#"pattern = "^[0-9A-Fa-f]{8}$""#),
        "{}",
        generated.source
    );
    assert!(
        generated.source.contains(
            r#"pattern = "[\\u{20}-\\u{2E}\\u{30}-\\u{39}\\u{3B}-\\u{7B}\\u{7D}-\\u{7E}]+""#
        ),
        "{}",
        generated.source
    );
    // Without the option the document is refused, naming both options.
    let refused = generate(doc, &Options::default()).unwrap_err();
    assert!(refused[0].message.contains("--java-patterns"));
    // A Java construct with no ECMA-262 form: refused, or an annotation.
    let possessive = doc.replace("\\\\A\\\\p{XDigit}{8}\\\\z", "a++");
    let refused = generate(&possessive, &java).unwrap_err();
    assert!(
        refused[0].message.contains("possessive"),
        "{}",
        refused[0].message
    );
    let both = Options {
        unchecked_patterns: true,
        ..java
    };
    let generated = generate(&possessive, &both).unwrap();
    assert!(generated.source.contains(r#"pattern_annotation = "a++""#));
}

#[test]
fn two_patterns_in_all_of_are_both_checked() {
    // TwineHealth: a link's `pattern` in each member.
    let doc = r#"openapi: 3.0.3
components:
  schemas:
    Link:
      type: object
      properties:
        related:
          allOf:
            - { type: string, pattern: "/coach/[0-9a-z]+" }
            - { type: string, pattern: "^/" }
"#;
    let source = gen(doc).unwrap();
    assert!(
        source.contains(r#"pattern = "^(?=[\\s\\S]*?(?:/coach/[0-9a-z]+))(?=[\\s\\S]*?(?:^/))""#),
        "{source}"
    );
    let backref = doc.replace("^/", "(a)\\\\1");
    let refused = gen(&backref).unwrap_err();
    assert!(
        refused[0].message.contains("back-references"),
        "{:?}",
        refused
    );
}

#[test]
fn openapi_31_unknown_keywords_boolean_schemas_and_refs_into_moved_places() {
    let doc = r#"openapi: 3.1.0
components:
  schemas:
    Base:
      type: object
      properties:
        id: { type: string }
    Wrapper:
      $ref: '#/components/schemas/Base'
      properties:
        logo: { type: string, maxLength: 9 }
    Report:
      type: object
      descrciption: a typo of Codat's
      properties:
        additionalProperties: false
        anything: true
        logo:
          $ref: '#/components/schemas/Wrapper/properties/logo'
"#;
    let generated = generate(doc, &Options::default()).unwrap();
    // An unknown keyword is an annotation in 2020-12: dropped, said.
    assert_eq!(
        generated.warnings[0].path,
        "#/components/schemas/Report/descrciption"
    );
    assert!(generated.warnings[0].message.contains("annotation"));
    // A `$ref` into the keywords beside a `$ref` (moved to `allOf/1`
    // when read as 3.0) finds them.
    assert!(
        generated.source.contains("max_length = 9"),
        "{}",
        generated.source
    );
    // `false` admits no value: the key cannot be present; `true` any.
    assert!(
        generated.source.contains("pub anything: Option<Value>"),
        "{}",
        generated.source
    );
    let strict = Options {
        strict: true,
        ..Default::default()
    };
    assert!(generate(doc, &strict).is_err());
    // `type` that is neither a name nor a list.
    let bad = "openapi: 3.1.0\ncomponents:\n  schemas:\n    A:\n      type: { type: string }\n";
    let refused = generate(bad, &Options::default()).unwrap_err();
    assert_eq!(
        refused[0].message,
        "`type` must be a type's name (`string`, `object`, …)"
    );
}

#[test]
fn a_component_named_with_a_slash_is_found_through_every_reference() {
    // `a/b` is `a~1b` in a pointer; each place that follows a `$ref`
    // unescapes it (the bases' properties here).
    let doc = r#"openapi: 3.0.3
components:
  schemas:
    a/b:
      type: object
      properties:
        name: { type: string }
    Mid:
      allOf:
        - $ref: '#/components/schemas/a~1b'
        - type: object
          properties:
            x: { type: string }
    Sub:
      allOf:
        - $ref: '#/components/schemas/Mid'
        - type: object
          properties:
            name: { type: string }
            y: { type: string }
"#;
    let source = gen(doc).unwrap();
    let sub = &source[source.find("pub struct Sub").unwrap()..];
    let sub = &sub[..sub.find('}').unwrap()];
    assert!(!sub.contains("pub name"), "{sub}");
    assert!(sub.contains("pub y"), "{sub}");
}

#[test]
fn a_property_whose_union_admits_no_value_cannot_be_present() {
    // Vercel's `oneOf: [string, number]` beside 3.1's `type: "null"`: no
    // value is null and a string or a number. An optional property: its
    // key cannot be present (a warning); a required one: an error.
    let doc = r#"openapi: 3.1.0
components:
  schemas:
    AuthUser:
      type: object
      properties:
        importFlowGitNamespace:
          type: "null"
          oneOf: [{ type: string }, { type: number }]
        name: { type: string }
"#;
    let generated = generate(doc, &Options::default()).unwrap();
    assert!(
        generated.source.contains(
            "#[open_model(not = Value)]\n    pub import_flow_git_namespace: Option<Value>"
        ),
        "{}",
        generated.source
    );
    assert!(generated.warnings.iter().any(|w| w.path
        == "#/components/schemas/AuthUser/properties/importFlowGitNamespace/oneOf"
        && w.message.contains("its key cannot be present")));
    // Required: the model admits no value; its field's type refuses every
    // value.
    let required = doc.replace(
        "      properties:\n",
        "      required: [importFlowGitNamespace]\n      properties:\n",
    );
    let (warning, source) = warned_once(&required);
    assert!(
        warning
            .message
            .contains("and it is required, so the model admits no value"),
        "{warning}"
    );
    assert!(
        source.contains("#[open_model(not = Value)]\n    pub import_flow_git_namespace: Value,"),
        "{source}"
    );
}

#[test]
fn keywords_beside_a_components_ref_are_ignored_with_a_warning_as_beside_a_propertys() {
    // Just Eat's `ClaimResponse: {$ref: OrderClaim, type: object, example:
    // …}`: OpenAPI 3.0 ignores what stands beside a `$ref`, at a
    // component as in a property (the description is kept).
    let doc = "components:\n  schemas:\n    B:\n      type: object\n      properties: { x: { type: string } }\n    A:\n      $ref: '#/components/schemas/B'\n      type: object\n      description: An A.\n      example: { x: '1' }\n";
    let generated = generate(doc, &Options::default()).unwrap();
    let warnings: Vec<String> = generated.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "#/components/schemas/A/type: `type` beside `$ref` is ignored, as OpenAPI 3.0 says",
            "#/components/schemas/A/example: `example` beside `$ref` is ignored, as OpenAPI 3.0 says",
        ]
    );
    assert!(
        generated.source.contains(
            "/// An A.\n#[open_model]\n#[derive(Debug, Clone, PartialEq)]\npub struct A(pub B);"
        ),
        "{}",
        generated.source
    );
}

#[test]
fn a_value_an_enum_lists_twice_is_one_variant() {
    // Vercel's `enum: [production, preview, development, preview,
    // development]`: the same values, each once (the macro refuses two
    // variants of one value).
    let source = gen("components:\n  schemas:\n    Target:\n      type: string\n      enum: [production, preview, development, preview, development]\n").unwrap();
    assert!(
        source.contains("pub enum Target {\n    Production,\n    Preview,\n    Development,\n}"),
        "{source}"
    );
}

#[test]
fn openapi_31_contains_becomes_a_count_of_items() {
    let doc = |v: &str| {
        format!("openapi: {v}\ncomponents:\n  schemas:\n    Tags:\n      type: array\n      items: {{ type: string }}\n      contains: {{ const: urgent }}\n      minContains: 1\n      maxContains: 2\n    Loose:\n      type: array\n      minContains: 2\n")
    };
    let generated = generate(&doc("3.1.0"), &Options::default()).unwrap();
    assert!(
        generated.source.contains(
            "pub struct Tags(\n    #[open_model(contains = TagsContains, min_contains = 1, max_contains = 2)]\n    pub Vec<String>,\n);"
        ),
        "{}",
        generated.source
    );
    // Without `contains`, the counts check nothing (JSON Schema).
    let warnings: Vec<String> = generated.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        ["#/components/schemas/Loose/minContains: `minContains` counts the items `contains` admits, and there is no `contains`; ignored (it checks nothing there)"]
    );
    // OpenAPI 3.0 has no `contains`.
    let refused = generate(&doc("3.0.3"), &Options::default()).unwrap_err();
    assert_eq!(
        refused[0].to_string(),
        "#/components/schemas/Tags/contains: `contains` is JSON Schema (OpenAPI 3.1), not part of the OpenAPI 3.0 schema object"
    );
    // No array meets a minimum above the maximum.
    let crossed = doc("3.1.0").replace("minContains: 1", "minContains: 3");
    assert!(generate(&crossed, &Options::default()).is_err());
}

#[test]
fn openapi_31_if_then_else_become_conditions_on_a_model_and_a_value() {
    let doc = |v: &str| {
        format!("openapi: {v}\ncomponents:\n  schemas:\n    Address:\n      type: object\n      properties:\n        country: {{ type: string }}\n        zip: {{ type: string }}\n      if:\n        properties: {{ country: {{ const: US }} }}\n      then:\n        required: [zip]\n    Code:\n      if: {{ type: integer }}\n      else: {{ type: string }}\n    Lonely:\n      type: string\n      then: {{ minLength: 2 }}\n")
    };
    let generated = generate(&doc("3.1.0"), &Options::default()).unwrap();
    let source = &generated.source;
    assert!(
        source.contains("#[open_model(if_schema = AddressIf, then_schema = AddressThen)]\n#[derive(Debug, Clone, PartialEq)]\npub struct Address {"),
        "{source}"
    );
    // The `const` inside `if` is read as 3.1 reads it.
    assert!(
        source.contains("pub struct AddressIf {\n    #[open_model(enum_json = \"[\\\"US\\\"]\")]"),
        "{source}"
    );
    assert!(
        source.contains(
            "pub struct Code(#[open_model(if_schema = i64, else_schema = String)] pub Value);"
        ),
        "{source}"
    );
    // A branch without `if` checks nothing (JSON Schema).
    let warnings: Vec<String> = generated.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        ["#/components/schemas/Lonely/then: `then` applies only with `if` and `then` or `else` beside it; ignored (it checks nothing there)"]
    );
    // OpenAPI 3.0 has no `if`.
    let refused = generate(&doc("3.0.3"), &Options::default()).unwrap_err();
    assert_eq!(
        refused[0].to_string(),
        "#/components/schemas/Address/if: `if` is JSON Schema (OpenAPI 3.1), not part of the OpenAPI 3.0 schema object"
    );
}

#[test]
fn openapi_31_unevaluated_keywords_are_read_where_they_mean_additional_ones() {
    // With no subschema in place, what is evaluated is the schema's own
    // keywords: `unevaluatedProperties` is `additionalProperties`, and
    // `unevaluatedItems` the `items` after `prefixItems`.
    let doc = "openapi: 3.1.0\ncomponents:\n  schemas:\n    Closed:\n      type: object\n      properties: { a: { type: string } }\n      unevaluatedProperties: false\n    Typed:\n      type: object\n      unevaluatedProperties: { type: integer }\n    Tuple:\n      type: array\n      prefixItems: [{ type: string }]\n      unevaluatedItems: false\n";
    let source = gen(doc).unwrap();
    for expected in [
        "#[open_model(closed)]\n#[derive(Debug, Clone, PartialEq)]\npub struct Closed {",
        "#[open_model(extra = i64)]\n#[derive(Debug, Clone, PartialEq)]\npub struct Typed {}",
        "#[open_model(prefix_items(String), additional_items = false)]",
    ] {
        assert!(source.contains(expected), "{expected}\n{source}");
    }
    // Beside `allOf` or a `$ref` (bases written in place), the keys
    // evaluated are the merged model's: its `additionalProperties`.
    for beside in [
        "allOf: [{ $ref: '#/components/schemas/Base' }, { properties: { b: { type: integer } } }]",
        "$ref: '#/components/schemas/Base'",
    ] {
        let doc = format!("openapi: 3.1.0\ncomponents:\n  schemas:\n    Base:\n      type: object\n      properties: {{ a: {{ type: string }} }}\n    Composed:\n      {beside}\n      unevaluatedProperties: false\n");
        let source = gen(&doc).unwrap();
        assert!(
            source.contains("#[open_model(closed)]\n#[derive(Debug, Clone, PartialEq)]\npub struct Composed {\n    pub a: Option<String>,"),
            "{source}"
        );
    }
    // Beside a union, the keys evaluated depend on which member matches:
    // refused, never read as one member's `additionalProperties`.
    let doc = "openapi: 3.1.0\ncomponents:\n  schemas:\n    Composed:\n      allOf:\n        - properties: { a: { type: string } }\n        - oneOf: [{ properties: { c: { type: string } } }, { properties: { d: { type: string } } }]\n      unevaluatedProperties: false\n";
    let err = gen(doc).unwrap_err();
    assert_eq!(err.len(), 1, "{err:?}");
    assert_eq!(
        err[0].path,
        "#/components/schemas/Composed/unevaluatedProperties"
    );
}

#[test]
fn one_of_and_any_of_together_are_the_one_of_each_member_with_the_any_of() {
    // Exactly one of A, B and at least one of C, D: exactly one of
    // A ∧ anyOf(C, D), B ∧ anyOf(C, D).
    let source = gen("components:\n  schemas:\n    Both:\n      type: object\n      properties: { a: { type: string }, c: { type: string } }\n      oneOf: [{ required: [a] }, { required: [c] }]\n      anyOf: [{ required: [a] }, { required: [c] }]\n").unwrap();
    assert!(
        source
            .contains("#[open_model(one_of)]\n#[derive(Debug, Clone, PartialEq)]\npub enum Both {"),
        "{source}"
    );
    assert!(source.contains("#[open_model(any_of, inline)]"), "{source}");
}

#[test]
fn all_of_bounds_and_divisors_merge_exactly_or_say_why_not() {
    // An exclusive keyword without its bound in the same member means
    // nothing in OpenAPI 3.0: refused where it stands, never joined to
    // another member's bound (which it would make exclusive).
    let err = gen("components:\n  schemas:\n    A:\n      allOf:\n        - { minimum: 5 }\n        - { exclusiveMinimum: true }\n")
        .unwrap_err();
    let text: Vec<String> = err.iter().map(ToString::to_string).collect();
    assert!(
        text.iter().any(|t| t.contains(
            "#/components/schemas/A/allOf/1/exclusiveMinimum: `exclusiveMinimum` needs `minimum` in the same schema"
        )),
        "{text:?}"
    );
    // Two divisors whose least common multiple has too many digits.
    let err = gen("components:\n  schemas:\n    B:\n      allOf:\n        - { multipleOf: 999999999999999989 }\n        - { multipleOf: 999999999999999967 }\n")
        .unwrap_err();
    let text: Vec<String> = err.iter().map(ToString::to_string).collect();
    assert!(
        text.iter().any(|t| t.contains("B/allOf/1/multipleOf")
            && t.contains("least common multiple has more than the 18 significant digits")),
        "{text:?}"
    );
    // A lower bound above the upper one merges as written: no number meets
    // it, other values still do (bounds judge numbers only).
    let src = gen("components:\n  schemas:\n    C:\n      allOf:\n        - { maximum: 1 }\n        - { minimum: 2, maximum: 3 }\n").unwrap();
    assert!(
        src.contains("pub struct C(#[open_model(maximum = 1, minimum = 2)] pub Value);"),
        "{src}"
    );
}
