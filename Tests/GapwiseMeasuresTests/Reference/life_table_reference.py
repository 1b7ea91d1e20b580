# life_table_reference.py: an independent Python Chiang II / Silcocks life table (from the formulas of PHE's R source) for LifeExpectancy tests.
import math
def table(ages, D, P, z=1.959963984540054):
    k=len(ages); n=[ages[i+1]-ages[i] if i<k-1 else None for i in range(k)]
    a=[0.1 if x==0 else 0.5 for x in ages]; M=[d/p for d,p in zip(D,P)]
    n[-1]=2/M[-1]
    q=[M[i]*n[i]/(1+M[i]*n[i]*(1-a[i])) if D[i]<=P[i]/n[i]/a[i] else 1 for i in range(k)]
    l=[1e5]
    for i in range(k-1): l.append(l[-1]*(1-q[i]))
    d=[l[i]-(l[i+1] if i<k-1 else 0) for i in range(k)]
    L=[n[i]*(l[i+1]+a[i]*d[i]) if i<k-1 else l[i]/M[i] for i in range(k)]
    T=[sum(L[i:]) for i in range(k)]
    e=[T[i]/l[i] if l[i] else 0 for i in range(k)]
    W=[]
    for i in range(k):
        if i<k-1:
            sp=0 if d[i]==0 else q[i]**2*(1-q[i])/D[i]
            W.append(sp*l[i]**2*((1-a[i])*n[i]+e[i+1])**2)
        else:
            W.append((l[i]/2)**2*4/(D[i]*M[i]**2))
    se=[math.sqrt(sum(W[i:]))/l[i] for i in range(k)]
    return e,se,L,l
ages=[0,1]+list(range(5,95,5))
P=[7060,35059,46974,48489,43219,38561,46009,57208,61435,55601,50209,56416,46411,39820,37978,37039,33288,23306,11936,11936]
D=[17,9,4,8,20,15,24,33,50,71,100,163,263,304,536,872,1390,1605,1936,1937]
e,se,L,l=table(ages,D,P)
ans=[80.16960813, 79.36245674, 75.44193645, 70.47299936,65.52909542, 60.67510088, 55.78835987, 50.92752727,46.06740425, 41.24505636, 36.49322717, 31.83343842, 27.26027992,22.9719144, 18.76856852, 14.95858336, 11.51684445, 8.618849241,6.163942934, 6.16210635]
lo=[79.88268548, 79.0898816, 75.17407307, 70.20675732,65.26548673, 60.41876577, 55.53801579, 50.68279939,45.82666794, 41.00842831, 36.26223216, 31.60996318, 27.04337271,22.76653134, 18.57570352, 14.77985004, 11.34831778, 8.451134045,5.978358351, 5.887683386]
for i in range(20):
    print(ages[i], e[i], e[i]-ans[i], (e[i]-1.959963984540054*se[i])-lo[i])
up=[80.45653078, 79.63503188, 75.70979983, 70.7392414,65.79270412, 60.931436, 56.03870395, 51.17225516, 46.30814055,41.48168441, 36.72422219, 32.05691365, 27.47718713,23.17729746, 18.96143352, 15.13731667, 11.68537112, 8.786564437,6.349527517, 6.436529314]
print("se check")
for i in range(20):
    s=(up[i]-lo[i])/(2*1.96); print(ages[i], se[i], s, (se[i]-s)/s)
# 85+ table: collapse 85 and 90
e2,se2,_,_=table(ages[:-1],D[:-2]+[D[-2]+D[-1]],P[:-2]+[P[-2]+P[-1]])
print("85+", [ (ages[i], repr(e2[i]), repr(se2[i])) for i in (0,18)])
