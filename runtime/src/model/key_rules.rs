//! Rules on which keys a model holds, checked on the whole model (after a
//! decode, and by `validate()`): `dependent_required` (JSON Schema's
//! `dependentRequired`), `dependent_schemas` (`dependentSchemas`) and
//! `property_names` (`propertyNames`). Each sees every key, typed fields'
//! and extension keys alike.

use super::*;
use crate::keywords::trial;

/// The keys `model` holds: its present typed fields' wire names, then its
/// extension keys.
fn present_keys<M: ModelFields>(model: &M) -> Vec<&str> {
    let mut keys: Vec<&str> = Vec::new();
    let _ = model.__visit_fields(&mut |wire, value| {
        if value.is_some() {
            keys.push(wire);
        }
        Ok(())
    });
    if let Some(extras) = model.__extras() {
        keys.extend(extras.iter().map(|(k, _)| k.as_str()));
    }
    keys
}

/// `dependent_required("a" = ["b"])`: when the key `a` is present, so is
/// every key it lists.
#[doc(hidden)]
pub fn check_dependent_required<M: ModelFields>(
    model: &M,
    rules: &[(&str, &[&str])],
) -> Result<(), ErrorKind> {
    let keys = present_keys(model);
    for (key, needs) in rules {
        if !keys.contains(key) {
            continue;
        }
        if let Some(missing) = needs.iter().find(|n| !keys.contains(n)) {
            return Err(ErrorKind::Constraint(
                format!("'{missing}' is required when '{key}' is present").into(),
            ));
        }
    }
    Ok(())
}

/// `property_names = T`: every key, as a string, is a valid `T` (a string
/// type with its checks: `pattern`, `max_length`, `format`, `enum_json`).
#[doc(hidden)]
pub fn check_property_names<M: ModelFields, T: Decode>(model: &M) -> Result<(), ErrorKind> {
    for key in present_keys(model) {
        let fits = trial(|ctx| decode_from_value::<T>(Value::from(key), ctx).is_some());
        if let Err(why) = fits {
            return Err(ErrorKind::Constraint(
                format!("property name '{key}' is not valid{why}").into(),
            ));
        }
    }
    Ok(())
}

/// `dependent_schemas("a" = T)`: when the key `a` is present, the whole
/// object is also a valid `T` (with every check of `T`).
#[doc(hidden)]
pub fn check_dependent_schema<M: ModelFields + crate::Encode, T: FieldType>(
    model: &M,
    key: &str,
) -> Result<(), ErrorKind> {
    if !present_keys(model).contains(&key) {
        return Ok(());
    }
    let why = match trial(|ctx| T::__field_from_value(model.__to_value(), ctx).is_some()) {
        Ok(()) => return Ok(()),
        Err(why) => why,
    };
    Err(ErrorKind::Constraint(
        format!("with '{key}' present, the object must also meet its dependent schema{why}").into(),
    ))
}
