# statistics: covariance, correlation and linear_regression, and their errors
import statistics as st

x = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
print(st.covariance(x, y), st.correlation(x, y))
print(st.linear_regression(x, y), st.linear_regression(x, y, proportional=True))
for f in (st.covariance, st.correlation, st.linear_regression):
    for a, b in (([1], [1]), ([1, 2], [1])):
        try:
            f(a, b)
        except st.StatisticsError as e:
            print(e)
try:
    st.correlation([1, 1, 1], [1, 2, 3])
except st.StatisticsError as e:
    print(e)
