# graph traversal with deque and dicts: BFS shortest path, DFS, topological sort
from collections import deque
graph = {
    "a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": [], "g": ["a"],
}
def bfs_path(start, goal):
    queue = deque([[start]])
    seen = {start}
    while queue:
        path = queue.popleft()
        if path[-1] == goal:
            return path
        for nxt in graph[path[-1]]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
    return None
print(bfs_path("a", "f"), bfs_path("g", "e"), bfs_path("f", "a"))
def dfs(node, visited=None):
    if visited is None:
        visited = []
    visited.append(node)
    for nxt in graph[node]:
        if nxt not in visited:
            dfs(nxt, visited)
    return visited
print(dfs("a"), dfs("g"))
def topo_sort():
    indegree = {n: 0 for n in graph}
    for targets in graph.values():
        for t in targets:
            indegree[t] += 1
    ready = deque(sorted(n for n, d in indegree.items() if d == 0))
    order = []
    while ready:
        n = ready.popleft()
        order.append(n)
        for t in graph[n]:
            indegree[t] -= 1
            if indegree[t] == 0:
                ready.append(t)
    return order
print(topo_sort())
grid = ["S.#.", "..#.", "...E"]
def grid_steps():
    start = (0, 0)
    dist = {start: 0}
    q = deque([start])
    while q:
        r, c = q.popleft()
        if grid[r][c] == "E":
            return dist[(r, c)]
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in dist:
                dist[(nr, nc)] = dist[(r, c)] + 1
                q.append((nr, nc))
print(grid_steps())
