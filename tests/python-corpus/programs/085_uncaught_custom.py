# an uncaught exception of a user-defined class prints its name and str()
# raises: PaymentError
class PaymentError(Exception):
    def __init__(self, amount):
        super().__init__(f"cannot charge {amount} cents")
        self.amount = amount
def charge(amount):
    if amount > 1000:
        raise PaymentError(amount)
    print("charged", amount)
charge(500)
charge(1000)
try:
    charge(2000)
except PaymentError as e:
    print("handled once:", e)
charge(5000)
