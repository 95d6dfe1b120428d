//! `Value`: any JSON value, read into the tree (objects kept as text).

use super::*;

// ---------------------------------------------------------------------------
// Value: any JSON value, read directly into the tree.

impl Decode for Value {
    const __ACCEPTS_NULL: bool = true;
    const __FREE_FORM: bool = true;

    fn __map_from_validated(json: &str) -> Option<Map<Self>> {
        super::build::map_from_validated(json)
    }

    fn __decode_json(r: &mut JsonReader<'_>, peek: Peek) -> Step<Self> {
        match peek {
            Peek::Array => {
                let mut out = Vec::new();
                let mut ok = true;
                r.array(|r, i, p| {
                    let mark = r.ctx.mark();
                    match Value::__decode_json(r, p)? {
                        Some(v) => out.push(v),
                        None => ok = false,
                    }
                    r.ctx.prefix_since(mark, || Segment::Index(i));
                    Ok(())
                })?;
                Ok(ok.then_some(Value::List(out)))
            }
            Peek::Object => Ok(Map::<Value>::__decode_json(r, peek)?.map(Value::Dict)),
            _ => Ok(match r.read_raw(peek)? {
                Raw::Null => Some(Value::Null),
                Raw::Bool(b) => Some(Value::Bool(b)),
                Raw::Num(n) => Some(Value::Number(n)),
                Raw::Str(s) => Some(Value::Str(s.into_owned())),
                Raw::Bytes(b) => Some(Value::Bytes(b.into_owned())),
                Raw::List | Raw::Dict | Raw::Failed => None,
            }),
        }
    }

    /// The validating scan of a free-form value: every rule of
    /// `__decode_json` (syntax, depth, duplicate keys at any depth, the
    /// exponent limit), nothing built but the keys of the object at hand.
    fn __check_json(r: &mut JsonReader<'_>, peek: Peek) -> Result<bool, Fatal> {
        match peek {
            Peek::Array | Peek::Object if r.pass_free_form() => Ok(true),
            Peek::Array => check_items(r, Value::__check_json),
            Peek::Object => r.check_object(Value::__check_json),
            _ => r.check_scalar(peek),
        }
    }

    fn __decode_serde<'de, D: Deserializer<'de>>(
        d: D,
        ctx: &mut Ctx,
    ) -> Result<Option<Self>, D::Error> {
        crate::serde_exact::decode_exact(d, ctx, |ctx| ValueVisitor { ctx })
    }
}

pub(crate) struct ValueVisitor<'c> {
    pub(crate) ctx: &'c mut Ctx,
}

impl ValueVisitor<'_> {
    fn take<E>(self, raw: Raw<'_>) -> Result<Option<Value>, E> {
        Ok(Some(match raw {
            Raw::Null => Value::Null,
            Raw::Bool(b) => Value::Bool(b),
            Raw::Num(n) => Value::Number(n),
            Raw::Str(s) => Value::Str(s.into_owned()),
            Raw::Bytes(b) => Value::Bytes(b.into_owned()),
            Raw::List | Raw::Dict | Raw::Failed => return Ok(None),
        }))
    }
}

impl<'de> Visitor<'de> for ValueVisitor<'_> {
    type Value = Option<Value>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }
    visit_raw!(take);
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        Value::__decode_serde(d, self.ctx)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        // A list is a `Vec<Value>`: the same rules, one home.
        let items = super::containers::SeqVisitor::<Value> {
            ctx: self.ctx,
            _t: PhantomData,
        };
        Ok(items.visit_seq(seq)?.map(Value::List))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        if !self.ctx.enter() {
            return Err(de::Error::custom("nesting too deep"));
        }
        let mut entries = Entries::new();
        let mut first = true;
        while let Some(KeyCow(key)) = map.next_key()? {
            if first && is_number_token(&key) {
                let text: String = map.next_value()?;
                self.ctx.leave();
                return match Number::from_literal(&text) {
                    Ok(n) => Ok(Some(Value::Number(n))),
                    Err(e) => Err(de::Error::custom(e)),
                };
            }
            first = false;
            let mark = self.ctx.mark();
            let v = map.next_value_seed(Seed::<Value>::new(self.ctx))?;
            entries.add(self.ctx, mark, None, key.into_owned(), v);
        }
        self.ctx.leave();
        Ok(entries.finish().map(Value::Dict))
    }
}
