# raises: ValidationError
class ValidationError(Exception):
    pass
def validate(age):
    if age < 0:
        raise ValidationError(f"age must be non-negative, got {age}")
    return age
for a in [5, 30]:
    print("valid", validate(a))
print("about to fail")
validate(-3)
print("never")
